import { ChoiceGroup } from '../../components/choice-group';
import type { Role } from '../../lib/api-types';
import { ROLE_HINT, roleChoices } from './role-choices';

/** The "which describes you?" question, shared by starting a space and joining one. */
export function RoleChoice({
  value,
  onChange,
  missing,
  serverError,
}: {
  value: Role | null;
  onChange: (role: Role) => void;
  missing: boolean;
  serverError: string | undefined;
}) {
  return (
    <ChoiceGroup
      legend="Which describes you?"
      name="role"
      choices={roleChoices}
      value={value}
      onChange={onChange}
      hint={ROLE_HINT}
      error={missing ? 'Please choose the one that fits you best.' : serverError}
    />
  );
}
