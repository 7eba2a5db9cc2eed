export * from "./articles";
export * from "./accounts";
export * from "./profiles";
export * from "./mentorships";
export * from "./forum";
export * from "./notifications";
