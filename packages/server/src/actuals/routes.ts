// The actuals ledger's routes: imports (preview, commit, undo), the ledger and single costs, and sharing.
// Sharing and imports come first, so that their fixed paths are never read as a cost's id.
import type { Router } from "../http/router.ts";
import { registerActualEditRoutes } from "./edit-routes.ts";
import { registerActualImportRoutes } from "./import-routes.ts";
import { registerActualLedgerRoutes } from "./ledger-routes.ts";
import { registerActualSharingRoutes } from "./sharing-routes.ts";

export function registerActualsRoutes(app: Router) {
  registerActualSharingRoutes(app);
  registerActualImportRoutes(app);
  registerActualLedgerRoutes(app);
  registerActualEditRoutes(app);
}
