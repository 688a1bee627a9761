export { createApp, type App } from "./app.ts";
export { startServer, openDatabase, defaultWebRoot, type ServeOptions } from "./serve.ts";
export { defaultConfig, type ServerConfig, type Services } from "./context.ts";
export { seedDemo, demoStudios, demoPassword, DemoExistsError } from "./demo/iskra.ts";
export { createUser } from "./accounts/users.ts";
export { ApiError } from "./http/errors.ts";
export { readScriptFile } from "./scripts/read-file.ts";
export { readAuditChain } from "./audit/log.ts";
export { createOptimizationQueue, type OptimizationQueue } from "./optimization/queue.ts";
