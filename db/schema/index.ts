export * from "./articles";
export * from "./accounts";
