/** Every module the sandbox implements registers its rules and its due work here. */
export {};
import './single.ts';
import './split.ts';
import './multi.ts';
import '../ancv.ts';
import './installments.ts';
import './paylater.ts';
import '../recurring/register.ts';
