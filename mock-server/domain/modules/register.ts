/** Every module the sandbox implements registers its rules and its due work here. */
export {};
