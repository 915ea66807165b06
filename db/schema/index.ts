export * from "./operators";
export * from "./identities";
export * from "./governance";
export * from "./audit";
export * from "./jobs";
export * from "./settings";
export * from "./sources";
