export * from "./articles";
