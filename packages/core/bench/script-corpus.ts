// A seeded feature-length Fountain script for the parser benchmark (script.bench.ts): title page, sections and
// synopses, INT./EXT. headings with times and some scene numbers, action with emphasis, cues with extensions,
// parentheticals, dual dialogue, lyrics, transitions, centered text, notes, boneyard and page breaks. The same
// seed always gives the same text. Only the shape is realistic; the words are drawn from small lists.

/** mulberry32: small, fast and seeded, so every run parses the same script. */
export function generator(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const characters = [
  "MARA",
  "ELI",
  "DETECTIVE ROWE",
  "OLD MAN",
  "NADIA",
  "THEO",
  "DR. OKAFOR",
  "JUNE",
  "SERGEANT PIKE",
  "WAITRESS",
];
const places = [
  "MARA'S APARTMENT",
  "POLICE PRECINCT - BULLPEN",
  "DINER",
  "HARBOR",
  "ELI'S CAR",
  "ROOFTOP",
  "HOSPITAL CORRIDOR",
  "ABANDONED WAREHOUSE",
  "CITY BRIDGE",
  "MOTEL ROOM 12",
  "TRAIN STATION",
  "FOREST ROAD",
];
const prefixes = ["INT.", "INT.", "INT.", "EXT.", "EXT.", "INT./EXT.", "I/E", "EST."];
const times = ["DAY", "NIGHT", "MORNING", "EVENING", "DAWN", "DUSK", "CONTINUOUS", "LATER", "MOMENTS LATER"];
const extensions = ["(V.O.)", "(O.S.)", "(CONT'D)", "(O.C.)", "(on phone)"];
const parentheticals = [
  "(beat)",
  "(quietly)",
  "(not looking up)",
  "(to Eli)",
  "(laughing)",
  "(re: the photo)",
];
const transitions = ["CUT TO:", "DISSOLVE TO:", "SMASH CUT TO:", "MATCH CUT TO:"];
const words = (
  "the a of light door rain window table hand coffee shadow street car phone glass silence " +
  "slowly quickly looks turns waits steps back toward across under against behind city night " +
  "paper letter photograph gun key radio engine siren harbor water cold warm old young her his " +
  "their someone nobody everything nothing still again almost never always through over into"
).split(" ");

/** Generates the script; `scenes` headings (about 120 pages at the default). */
export function generateFountainScript(seed: number, scenes = 120): string {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number) => random() < p;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const word = () => {
    const text = pick(words);
    if (chance(0.02)) return `*${text}*`;
    if (chance(0.01)) return `**${text}**`;
    if (chance(0.01)) return `_${text}_`;
    return text;
  };
  const sentence = (count: number) => {
    const parts = Array.from({ length: count }, word);
    const first = parts[0] ?? "the";
    parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${parts.join(" ")}${pick([".", ".", ".", "!", "?", "..."])}`;
  };
  const paragraph = (sentences: number) =>
    Array.from({ length: sentences }, () => sentence(between(5, 14))).join(" ");

  const out: string[] = [
    "Title:",
    "    _**THE HARBOR LIGHTS**_",
    "    *(shooting draft)*",
    "Credit: Written by",
    "Author: Bench Writer",
    "Source: An original screenplay",
    "Draft date: 2025-04-01",
    "Contact:",
    "    Kinomost Benchmarks",
    "    1 Test Street",
    "",
    "FADE IN:",
    "",
  ];
  let act = 0;
  for (let scene = 1; scene <= scenes; scene += 1) {
    if (scene === 1 || scene % 40 === 0) {
      act += 1;
      out.push(`# ACT ${act}`, "", `= ${sentence(8)}`, "");
    }
    if (scene % 13 === 0) out.push(`## Sequence ${scene / 13}`, "");
    if (scene % 29 === 0) out.push("===", "");
    const number = chance(0.3) ? ` #${scene}${chance(0.1) ? "A" : ""}#` : "";
    const forced = chance(0.03);
    const heading = forced
      ? `.${pick(places)} - FLASHBACK`
      : `${pick(prefixes)} ${pick(places)} - ${pick(times)}`;
    out.push(`${heading}${number}`, "");
    if (chance(0.25)) out.push(`= ${sentence(6)}`, "");
    const beats = between(7, 16);
    let last = "";
    for (let beat = 0; beat < beats; beat += 1) {
      const roll = random();
      if (roll < 0.38) {
        const note = chance(0.08) ? ` [[${sentence(5)}]]` : "";
        out.push(`${chance(0.03) ? "!" : ""}${paragraph(between(1, 4))}${note}`, "");
        continue;
      }
      if (roll < 0.42 && beat > 0) {
        out.push(`> ${sentence(3).toUpperCase()} <`, "");
        continue;
      }
      if (roll < 0.45) {
        out.push("/*", paragraph(2), "", "MARA", sentence(6), "*/", "");
        continue;
      }
      if (roll < 0.47) {
        out.push(`~${sentence(6)}`, `~${sentence(5)}`, "");
        continue;
      }
      let name = pick(characters);
      if (name === last) name = pick(characters);
      last = name;
      const extension = chance(0.2) ? ` ${pick(extensions)}` : "";
      out.push(`${chance(0.02) ? "@" : ""}${name}${extension}`);
      if (chance(0.25)) out.push(pick(parentheticals));
      out.push(sentence(between(4, 16)));
      if (chance(0.3)) out.push(pick(parentheticals), sentence(between(3, 10)));
      if (chance(0.08)) {
        let other = pick(characters);
        if (other === name) other = pick(characters);
        out.push("", `${other} ^`, sentence(between(3, 9)));
      }
      out.push("");
    }
    if (chance(0.2)) out.push(pick(transitions), "");
    else if (chance(0.05)) out.push(`> ${pick(transitions)}`, "");
  }
  out.push("FADE OUT.", "");
  return out.join("\n");
}
