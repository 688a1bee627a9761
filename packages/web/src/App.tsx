// Providers and routes. Public pages: log in, sign up; everything else sits inside AppShell,
// which sends visitors without a session to the log-in page.
import { lazy } from "react";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { ApiError } from "./api/client.ts";
import { LocaleProvider, useT } from "./i18n/locale.tsx";
import { AppShell } from "./shell/AppShell.tsx";
import { ErrorBoundary } from "./shell/ErrorBoundary.tsx";
import { NotFoundPage } from "./shell/NotFoundPage.tsx";
import { LoginPage } from "./auth/LoginPage.tsx";
import { SignupPage } from "./auth/SignupPage.tsx";
import { ProjectsPage } from "./projects/ProjectsPage.tsx";
import { ProjectPage } from "./projects/ProjectPage.tsx";
import { NewProjectPage } from "./projects/NewProjectPage.tsx";
import { ScriptsPage } from "./scripts/ScriptsPage.tsx";
import { OrganizationsIndex } from "./organizations/OrganizationsIndex.tsx";
import { OrganizationPage } from "./organizations/OrganizationPage.tsx";
import { CreateOrganizationPage } from "./organizations/CreateOrganizationPage.tsx";
import { AccountPage } from "./account/AccountPage.tsx";
import { EmptyState } from "./ui/layout.tsx";
import { meQueryKey } from "./session/session.ts";

// The working screens of a project load when first opened, so the first page of the app stays light.
const DraftPage = lazy(() =>
  import("./scripts/DraftPage.tsx").then((module) => ({ default: module.DraftPage })),
);
const BreakdownPage = lazy(() =>
  import("./breakdown/BreakdownPage.tsx").then((module) => ({ default: module.BreakdownPage })),
);
const ConsortiumPage = lazy(() =>
  import("./consortium/ConsortiumPage.tsx").then((module) => ({ default: module.ConsortiumPage })),
);
const SchedulePage = lazy(() =>
  import("./schedule/SchedulePage.tsx").then((module) => ({ default: module.SchedulePage })),
);
const BudgetPage = lazy(() =>
  import("./budget/BudgetPage.tsx").then((module) => ({ default: module.BudgetPage })),
);
const MoneyPage = lazy(() =>
  import("./money/MoneyPage.tsx").then((module) => ({ default: module.MoneyPage })),
);
const CallSheetsPage = lazy(() =>
  import("./call-sheets/CallSheetsPage.tsx").then((module) => ({ default: module.CallSheetsPage })),
);
const CallSheetPage = lazy(() =>
  import("./call-sheets/CallSheetPage.tsx").then((module) => ({ default: module.CallSheetPage })),
);
const LocationsPage = lazy(() =>
  import("./locations/LocationsPage.tsx").then((module) => ({ default: module.LocationsPage })),
);

// A 401 anywhere means the session ended (expired, logged out elsewhere): forget the user, and
// AppShell sends the visitor to the log-in page with the way back.
function onRequestError(error: unknown) {
  if (error instanceof ApiError && error.status === 401 && queryClient.getQueryData(meQueryKey)) {
    queryClient.setQueryData(meQueryKey, null);
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onRequestError }),
  mutationCache: new MutationCache({ onError: onRequestError }),
  defaultOptions: {
    queries: {
      // 4xx answers are final; only transport failures and 5xx are worth a second try.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

function CrashPage() {
  const t = useT();
  return <EmptyState title={t("error.page.title")}>{t("error.page.text")}</EmptyState>;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <ErrorBoundary fallback={<CrashPage />}>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/signup" element={<SignupPage />} />
              <Route element={<AppShell />}>
                <Route index element={<ProjectsPage />} />
                <Route path="projects/new" element={<NewProjectPage />} />
                <Route path="projects/:projectId" element={<ProjectPage />} />
                <Route path="projects/:projectId/scripts" element={<ScriptsPage />} />
                <Route path="projects/:projectId/scripts/drafts/:draftId" element={<DraftPage />} />
                <Route path="projects/:projectId/breakdown" element={<BreakdownPage />} />
                <Route path="projects/:projectId/locations" element={<LocationsPage />} />
                <Route path="projects/:projectId/schedule" element={<SchedulePage />} />
                <Route path="projects/:projectId/call-sheets" element={<CallSheetsPage />} />
                <Route path="projects/:projectId/call-sheets/:dayNumber" element={<CallSheetPage />} />
                <Route path="projects/:projectId/consortium" element={<ConsortiumPage />} />
                <Route path="projects/:projectId/budget" element={<BudgetPage />} />
                <Route path="projects/:projectId/money" element={<MoneyPage />} />
                <Route path="organizations" element={<OrganizationsIndex />} />
                <Route path="organizations/new" element={<CreateOrganizationPage />} />
                <Route path="organizations/:organizationId" element={<OrganizationPage />} />
                <Route path="account" element={<AccountPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </ErrorBoundary>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
