// The draft's text laid out as a screenplay page: monospace, headings in bold capitals, cues,
// parentheticals and dialogue at their indents, transitions to the right, dual dialogue side by side.
// Every block carries its source line (data-line) so a scene or a warning can be scrolled to.
import type { ReactNode } from "react";
import type { ScreenplayElement } from "../api/types.ts";

type Speech = ScreenplayElement[];
type Block = { kind: "one"; element: ScreenplayElement } | { kind: "dual"; left: Speech; right: Speech };

const speechKinds = new Set<ScreenplayElement["kind"]>(["dialogue", "parenthetical", "lyrics"]);

/** A cue and the dialogue, parentheticals and lyrics under it. */
function speechAt(elements: readonly ScreenplayElement[], start: number): Speech {
  let end = start + 1;
  while (end < elements.length && speechKinds.has(elements[end]!.kind)) end += 1;
  return elements.slice(start, end);
}

/** Pairs a left dual cue's speech with the right one that follows it; anything else stands alone. */
export function groupDualDialogue(elements: readonly ScreenplayElement[]): Block[] {
  const blocks: Block[] = [];
  let index = 0;
  while (index < elements.length) {
    const element = elements[index]!;
    if (element.kind === "character" && element.dual === "left") {
      const left = speechAt(elements, index);
      const partner = elements[index + left.length];
      if (partner?.kind === "character" && partner.dual === "right") {
        const right = speechAt(elements, index + left.length);
        blocks.push({ kind: "dual", left, right });
        index += left.length + right.length;
        continue;
      }
    }
    blocks.push({ kind: "one", element });
    index += 1;
  }
  return blocks;
}

// Fountain emphasis within a line: ***bold italic***, **bold**, *italic*, _underline_; `\*` is a star.
const emphasisPattern = /(?<!\\)(\*{3}|\*{2}|\*|_)(?=\S)([^\n]*?\S)(?<!\\)\1/gu;

function unescape(text: string): string {
  return text.replace(/\\([*_\\])/gu, "$1");
}

export function renderEmphasis(text: string): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(emphasisPattern)) {
    const [whole, marker, inner = ""] = match;
    if (match.index > last) parts.push(unescape(text.slice(last, match.index)));
    const content = renderEmphasis(inner);
    const key = match.index;
    parts.push(
      marker === "_" ? (
        <u key={key}>{content}</u>
      ) : marker === "*" ? (
        <em key={key}>{content}</em>
      ) : marker === "**" ? (
        <strong key={key}>{content}</strong>
      ) : (
        <strong key={key}>
          <em>{content}</em>
        </strong>
      ),
    );
    last = match.index + whole.length;
  }
  if (parts.length === 0) return unescape(text);
  if (last < text.length) parts.push(unescape(text.slice(last)));
  return parts;
}

function cueText(element: Extract<ScreenplayElement, { kind: "character" }>): string {
  if (!element.cue) return element.text.replace(/\s*\^\s*$/u, "");
  return [element.cue.name, ...element.cue.extensions.map((extension) => `(${extension.text})`)].join(" ");
}

function Element({ element, selectedLine }: { element: ScreenplayElement; selectedLine: number | null }) {
  const line = element.line;
  switch (element.kind) {
    case "heading": {
      const { number, text } = element.heading;
      return (
        <h3 className={`sp-heading${selectedLine === line ? " is-selected" : ""}`} data-line={line}>
          {number ? <span className="sp-heading__number sp-heading__number--left">{number}</span> : null}
          {renderEmphasis(text)}
          {number ? <span className="sp-heading__number sp-heading__number--right">{number}</span> : null}
        </h3>
      );
    }
    case "character":
      return (
        <div className="sp-character" data-line={line}>
          {cueText(element)}
        </div>
      );
    case "pageBreak":
      return <hr className="sp-page-break" data-line={line} />;
    default:
      return (
        <div className={`sp-${element.kind}`} data-line={line}>
          {renderEmphasis(element.text)}
        </div>
      );
  }
}

export function Screenplay({
  elements,
  selectedLine,
}: {
  elements: readonly ScreenplayElement[];
  selectedLine: number | null;
}) {
  return (
    <div className="screenplay" data-testid="screenplay">
      {/* The text never changes once imported, so positions are stable keys. */}
      {groupDualDialogue(elements).map((block, index) =>
        block.kind === "one" ? (
          <Element key={index} element={block.element} selectedLine={selectedLine} />
        ) : (
          <div key={index} className="sp-dual">
            {[block.left, block.right].map((speech, side) => (
              <div key={side} className="sp-dual__side">
                {speech.map((element, position) => (
                  <Element key={position} element={element} selectedLine={selectedLine} />
                ))}
              </div>
            ))}
          </div>
        ),
      )}
    </div>
  );
}
