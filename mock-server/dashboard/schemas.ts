/** Request bodies of the dashboard's endpoints (zod/mini, readable English messages as the API's). */
import * as z from 'zod/mini';

export const SignInInput = z.object({
  email: z.string().check(z.minLength(1, 'email: enter your email'), z.maxLength(320)),
  password: z.string().check(z.minLength(1, 'password: enter your password'), z.maxLength(1000)),
});
