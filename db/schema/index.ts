export * from './enums';
export * from './users';
export * from './negotiations';
export * from './collab';
export * from './audit';
export * from './versions';
export * from './drafting';
export * from './floor';
