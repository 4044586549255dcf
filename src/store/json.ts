/**
 * JSON the store keeps for the Teams layer without knowing its shape: a message (a Bot Framework
 * activity) or a conversation reference. Only `teams/` builds and reads these as Bot Framework types, so
 * moving off the Bot Framework SDK stays inside that folder.
 */
export type OpaqueJson = { readonly [key: string]: unknown };
