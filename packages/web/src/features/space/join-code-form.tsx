import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';

/** Accepts a bare code or a whole invitation link, and goes to that invitation. */
export function JoinCodeForm() {
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = code
      .trim()
      .replace(/^.*\/join\//, '')
      .replace(/[/?#].*$/, '');
    if (!clean) {
      setError('Please enter the code your partner sent you.');
      return;
    }
    navigate(`/join/${encodeURIComponent(clean)}`);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label="Invitation code"
        hint="The code or link your partner sent you."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={code}
        onChange={(event) => {
          setCode(event.target.value);
          setError(undefined);
        }}
        error={error}
      />
      <Button type="submit" variant="secondary">
        Continue
      </Button>
    </form>
  );
}
