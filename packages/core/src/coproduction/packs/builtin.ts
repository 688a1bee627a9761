// The rule packs that ship with Kinomost, by id. Data only: users may load their own packs beside these.
import type { RulePack } from "../rule-pack.ts";
import { europeanConvention1992 } from "./european-convention-1992.ts";
import { europeanConvention2017 } from "./european-convention-2017.ts";
import { russiaChina } from "./russia-china.ts";
import { russiaNationalFilm } from "./russia-national-film.ts";
import { russiaUzbekistan } from "./russia-uzbekistan.ts";

export const builtinRulePacks: readonly RulePack[] = [
  europeanConvention2017,
  europeanConvention1992,
  russiaUzbekistan,
  russiaChina,
  russiaNationalFilm,
];

/** The built-in pack with this id, or undefined. */
export function findBuiltinRulePack(id: string): RulePack | undefined {
  return builtinRulePacks.find((pack) => pack.id === id);
}
