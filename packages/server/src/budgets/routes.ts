// Every budget route (/api/v1/projects/{projectId}/budgets…), by area. Reports and exports register their own.
import type { Router } from "../http/router.ts";
import { registerBudgetCategoryRoutes } from "./category-routes.ts";
import { registerBudgetFileRoutes } from "./file-routes.ts";
import { registerBudgetLifecycleRoutes } from "./lifecycle-routes.ts";
import { registerBudgetLineRoutes } from "./line-routes.ts";
import { registerBudgetSettingsRoutes } from "./settings-routes.ts";
import { registerBudgetVersionRoutes } from "./version-routes.ts";

export function registerBudgetRoutes(app: Router) {
  // The import's fixed path goes before /budgets/{budgetId} so that "import" is never read as an id.
  registerBudgetFileRoutes(app);
  registerBudgetVersionRoutes(app);
  registerBudgetLifecycleRoutes(app);
  registerBudgetSettingsRoutes(app);
  registerBudgetCategoryRoutes(app);
  registerBudgetLineRoutes(app);
}
