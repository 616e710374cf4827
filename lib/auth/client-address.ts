/** The request header server.ts fills with the client's address; a value sent by the client is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-pactum-client-ip';
