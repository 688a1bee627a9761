// The product's mark: a bridge of two spans, drawn inline so nothing is fetched.
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" className="brand-mark">
      <rect width="32" height="32" rx="7" fill="#3b5bdb" />
      <path
        d="M5 21c3.5-7 7-9 11-9s7.5 2 11 9"
        fill="none"
        stroke="#fff"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
      <path
        d="M5 21h22M11 21v-6.2M16 21v-9M21 21v-6.2"
        stroke="#fff"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
