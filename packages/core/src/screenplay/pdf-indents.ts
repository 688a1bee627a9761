// Finds a printed screenplay's indentation columns from where its lines start, not from fixed constants:
// US Letter (action 1.5in, dialogue 2.5in, parenthetical 3.1in, cue 3.7in) and the Russian A4 template
// (action 37.5 mm, dialogue +37.5 mm, parenthetical +55 mm, cue +67.5 mm) both fall out of the same search.
import { median } from "./pdf-lines.ts";

/** What the search needs to know of one body line. */
export interface IndentSample {
  readonly x: number;
  readonly right: number;
  /** Characters in the line's text. */
  readonly length: number;
  readonly isHeading: boolean;
  /** Capitals that parse as a character cue. */
  readonly isCue: boolean;
  readonly startsParenthesis: boolean;
  /** The line right above, without a blank line between, is cue- or parenthesis-shaped. */
  readonly followsCue: boolean;
  /** Another line follows without a blank line between, as dialogue follows a cue. */
  readonly hasLineBelow: boolean;
}

export interface IndentCluster {
  /** The median start of the lines in the column. */
  readonly x: number;
  readonly count: number;
}

export type IndentRole = "action" | "dialogue" | "parenthetical" | "cue";

export interface Indentation {
  /** The average character width, the unit of every tolerance here. */
  readonly charWidth: number;
  readonly columns: Readonly<Record<IndentRole, number | null>>;
  /** Where right-aligned text (transitions) ends: the furthest right edge of action text. */
  readonly rightMargin: number;
  readonly clusters: readonly IndentCluster[];
}

interface WorkCluster {
  x: number;
  members: IndentSample[];
}

// A column's lines start within half a character of each other in any real PDF; a cluster never grows
// wider than a character and a half, so centred and right-aligned lines do not chain columns together.
function clusterStarts(samples: readonly IndentSample[], charWidth: number): WorkCluster[] {
  const sorted = [...samples].sort((a, b) => a.x - b.x);
  const groups: IndentSample[][] = [];
  for (const sample of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    const last = group?.at(-1);
    if (group && first && last && sample.x - last.x <= charWidth / 2 && sample.x - first.x <= charWidth * 1.5)
      group.push(sample);
    else groups.push([sample]);
  }
  return groups.map((members) => ({ x: median(members.map((member) => member.x)), members }));
}

const countOf = (cluster: WorkCluster, test: (sample: IndentSample) => boolean) =>
  cluster.members.filter(test).length;

function best(clusters: readonly WorkCluster[], score: (cluster: WorkCluster) => number): WorkCluster | null {
  let found: WorkCluster | null = null;
  let top = 0;
  for (const cluster of clusters) {
    const value = score(cluster);
    if (value > top) {
      found = cluster;
      top = value;
    }
  }
  return found;
}

function findActionColumn(clusters: readonly WorkCluster[], total: number): WorkCluster | null {
  const byHeadings = best(clusters, (cluster) => countOf(cluster, (sample) => sample.isHeading));
  if (byHeadings) return byHeadings;
  // Without headings the action column is the leftmost one that holds a fair share of the lines.
  const least = Math.max(2, total * 0.05);
  return clusters.find((cluster) => cluster.members.length >= least) ?? clusters[0] ?? null;
}

/** The search itself: cluster the line starts, then name the clusters by the shape of the lines in them. */
export function findIndentation(samples: readonly IndentSample[]): Indentation {
  const widths = samples
    .filter((sample) => sample.length >= 4 && sample.right > sample.x)
    .map((sample) => (sample.right - sample.x) / sample.length);
  const charWidth = widths.length > 0 ? Math.max(median(widths), 0.5) : 7.2;
  const clusters = clusterStarts(samples, charWidth);
  const action = findActionColumn(clusters, samples.length);
  const indented = clusters.filter((cluster) => action === null || cluster.x > action.x + charWidth * 2);
  // A cue has its speech right under it; a lone line of capitals (a title card, «КОНЕЦ») does not.
  const cue = best(indented, (cluster) => {
    const cues = countOf(cluster, (sample) => sample.isCue);
    const spoken = countOf(cluster, (sample) => sample.isCue && sample.hasLineBelow);
    return cues / cluster.members.length >= 0.5 ? spoken : 0;
  });
  const parenthetical = best(
    indented.filter((cluster) => cluster !== cue),
    (cluster) => {
      const opened = countOf(cluster, (sample) => sample.startsParenthesis);
      return opened / cluster.members.length >= 0.5 ? opened : 0;
    },
  );
  const dialogue = best(
    indented.filter(
      (cluster) => cluster !== cue && cluster !== parenthetical && (cue === null || cluster.x < cue.x),
    ),
    (cluster) =>
      countOf(cluster, (sample) => sample.followsCue && !sample.isCue && !sample.startsParenthesis),
  );
  const actionRights = action?.members.map((sample) => sample.right) ?? [];
  const rights = actionRights.length > 0 ? actionRights : samples.map((sample) => sample.right);
  return {
    charWidth,
    columns: {
      action: action?.x ?? null,
      dialogue: dialogue?.x ?? null,
      parenthetical: parenthetical?.x ?? null,
      cue: cue?.x ?? null,
    },
    rightMargin: rights.reduce((most, right) => Math.max(most, right), 0),
    clusters: clusters.map((cluster) => ({ x: cluster.x, count: cluster.members.length })),
  };
}

const roles: readonly IndentRole[] = ["action", "dialogue", "parenthetical", "cue"];

/** The column a line starting at x belongs to, within a character and a half; null when none is that close. */
export function roleAt(indentation: Indentation, x: number): IndentRole | null {
  let found: IndentRole | null = null;
  let nearest = indentation.charWidth * 1.5;
  for (const role of roles) {
    const column = indentation.columns[role];
    if (column === null) continue;
    const distance = Math.abs(x - column);
    if (distance <= nearest) {
      found = role;
      nearest = distance;
    }
  }
  return found;
}

/** True when the line starts right on a column, within half a character: the layout is sure of it. */
export function isOnColumn(indentation: Indentation, x: number): boolean {
  return roles.some((role) => {
    const column = indentation.columns[role];
    return column !== null && Math.abs(x - column) <= indentation.charWidth / 2;
  });
}

/** Text that ends at the right margin and starts right of the page's middle: a right-aligned transition. */
export function isRightAligned(
  indentation: Indentation,
  x: number,
  right: number,
  pageWidth: number,
): boolean {
  return x > pageWidth / 2 && right >= indentation.rightMargin - indentation.charWidth * 2;
}
