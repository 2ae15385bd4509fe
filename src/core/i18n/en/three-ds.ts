/** English, namespace `threeDS`: the simulated bank page of a 3-D Secure challenge; ships with the dialog. */
export const threeDS = {
  bank: 'Sandbox Bank · simulated 3-D Secure page',
  title: 'Confirm your payment',
  body: '{merchant} asks you to confirm a payment of {amount} with your card ending in {last4}.',
  approve: 'Approve',
  refuse: 'Refuse',
};
