// Why a production schedule cannot be made, or what a given schedule breaks: one shape for both, naming the
// constraints in conflict by their ids so the board can point at them.

export type ProductionProblemCode =
  /** The instance cannot be read: a bad date, a duplicate id, a bad number. */
  | "INVALID_INSTANCE"
  /** A scene names a location, cast member or unit that does not exist. */
  | "UNKNOWN_REFERENCE"
  /** An amount is in a currency the budget rates do not convert. */
  | "MISSING_RATE"
  /** The scene's location is never open: its dates, days off and its country's holidays leave no day. */
  | "LOCATION_NEVER_AVAILABLE"
  /** A cast member of the scene is unavailable on every day the scene's location can be used. */
  | "CAST_UNAVAILABLE_AT_LOCATION"
  /** Each cast member could come on some day, but no day suits them all and the location. */
  | "CAST_NOT_AVAILABLE_TOGETHER"
  /** The scene's lock names a day or unit its location, cast or unit list rules out. */
  | "LOCK_CONFLICT"
  /** Locked scenes that cannot share their day. */
  | "LOCKS_CLASH"
  /** No unit may shoot the scene. */
  | "NO_UNIT_FOR_SCENE"
  /** The scene is longer than a shift with its overtime. */
  | "SCENE_TOO_LONG"
  /** The scenes at a location, or of a cast member, need more shooting time than their open days hold. */
  | "NOT_ENOUGH_DAYS"
  /** The search could not place the scene anywhere without breaking a rule. */
  | "SCENE_UNPLACED";

export interface ProductionProblem {
  readonly code: ProductionProblemCode;
  readonly detail: string;
  readonly sceneId?: string;
  readonly castId?: string;
  readonly locationId?: string;
  readonly unitId?: string;
  readonly date?: string;
  /** Other scenes in the conflict. */
  readonly sceneIds?: readonly string[];
}
