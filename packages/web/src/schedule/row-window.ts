// Which rows of a long list of fixed-height rows are in (or near) view of their scroll box: only those are mounted,
// so a series' board of 1,500 strips costs the browser what fifty do. It stands in for @tanstack/react-virtual,
// which is not among the app's dependencies; rows of one height are all it handles.
import { useEffect, useRef, useState } from "react";

export interface RowWindow {
  scrollRef: React.RefObject<HTMLDivElement | null>;
  /** The first row mounted and the one after the last. */
  start: number;
  end: number;
  /** The height of every row together, in pixels. */
  totalHeight: number;
}

/** Rows mounted before the scroll box has been measured: a screenful and some. */
const firstRows = 60;

export function useRowWindow(count: number, rowHeight: number, overscan = 15): RowWindow {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState({ start: 0, end: firstRows });

  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const first = Math.floor(box.scrollTop / rowHeight);
      const visible = Math.ceil(box.clientHeight / rowHeight);
      const start = Math.max(0, first - overscan);
      const end = first + visible + overscan;
      setRange((current) => (current.start === start && current.end === end ? current : { start, end }));
    };
    // Once a frame at most, however fast the wheel turns.
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    schedule();
    box.addEventListener("scroll", schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(box);
    return () => {
      box.removeEventListener("scroll", schedule);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [count, rowHeight, overscan]);

  return {
    scrollRef,
    start: Math.min(range.start, count),
    end: Math.min(range.end, count),
    totalHeight: count * rowHeight,
  };
}
