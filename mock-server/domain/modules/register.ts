/** Every module the sandbox implements registers its rules and its due work here. */
export {};
import './single.ts';
import './split.ts';
import './multi.ts';
import '../ancv.ts';
import './installments.ts';
import './paylater.ts';
import './sdd.ts';
import './viban.ts';
import '../pis.ts';
import '../recurring/register.ts';
