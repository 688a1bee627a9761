// The controls a table row offers to those who may change it: a role picker and a button that asks
// before it removes or revokes something.

export function ConfirmButton({
  label,
  question,
  disabled,
  onConfirm,
}: {
  label: string;
  question: string;
  disabled: boolean;
  onConfirm: () => void;
}) {
  return (
    <button
      type="button"
      className="button button--ghost button--small"
      disabled={disabled}
      onClick={() => {
        if (window.confirm(question)) onConfirm();
      }}
    >
      {label}
    </button>
  );
}

export function RoleSelect<Role extends string>({
  roles,
  value,
  label,
  disabled,
  roleName,
  onChange,
}: {
  roles: readonly Role[];
  value: Role;
  /** What the picker changes, for screen readers: "Role of Anna". */
  label: string;
  disabled: boolean;
  roleName: (role: Role) => string;
  onChange: (role: Role) => void;
}) {
  return (
    <select
      className="select--compact"
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as Role)}
    >
      {roles.map((role) => (
        <option key={role} value={role}>
          {roleName(role)}
        </option>
      ))}
    </select>
  );
}
