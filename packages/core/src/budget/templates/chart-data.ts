// The building blocks of the chart-of-accounts templates: categories, accounts and starter lines named in
// Russian and English. Data only; template.ts turns them into a budget.
import type { BudgetSide } from "../types.ts";

/** A name in the two languages of the templates: [Russian, English]. */
export type Words = readonly [ru: string, en: string];

export interface StarterLine {
  readonly description: Words;
  readonly amount: string;
  readonly unit: string;
  readonly x?: string;
  /**
   * An illustrative price in roubles (a Moscow production's order of magnitude, not a reference): a starting point
   * for a budget in RUB; a budget in another currency starts the line at 0.
   */
  readonly rub: string;
  /** Lines of one person (prep and shoot) share the payroll fringe's cutoff. */
  readonly range?: string;
}

export interface TemplateAccount {
  readonly code: string;
  readonly name: Words;
  /** Pay for people: the payroll fringe of the budget's country applies. */
  readonly payroll: boolean;
  readonly lines: readonly StarterLine[];
}

export interface TemplateCategory {
  readonly code: string;
  readonly name: Words;
  readonly side: BudgetSide;
  readonly accounts: readonly TemplateAccount[];
}

export const line = (
  description: Words,
  amount: string,
  unit: string,
  rub: string,
  options: { x?: string; range?: string } = {},
): StarterLine => ({ description, amount, unit, rub, ...options });

export const account = (
  code: string,
  name: Words,
  lines: readonly StarterLine[] = [],
  options: { payroll?: boolean } = {},
): TemplateAccount => ({ code, name, payroll: options.payroll ?? false, lines });

/** An account of people's pay. */
export const crew = (code: string, name: Words, lines: readonly StarterLine[] = []) =>
  account(code, name, lines, { payroll: true });

export const category = (
  code: string,
  name: Words,
  side: BudgetSide,
  accounts: readonly TemplateAccount[],
): TemplateCategory => ({ code, name, side, accounts });

/** The whole period a person is engaged: preparation, shoot and wrap. */
export const wholePeriod = "PREPDAYS + SHOOTDAYS + WRAPDAYS";
