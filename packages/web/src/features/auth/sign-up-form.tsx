import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { ApiError, fieldError, formError } from '../../lib/api-client';
import { type Registration, useRegister } from './api';

const FIELDS = ['displayName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

export function checkRegistration(values: Registration): Errors {
  const errors: Errors = {};
  if (!values.displayName.trim()) errors.displayName = 'Please enter a name.';
  if (!/^\S+@\S+\.\S+$/.test(values.email.trim()))
    errors.email = 'Please enter an email address, like name@example.com.';
  if (values.password.length < 10) errors.password = 'Please use at least 10 characters.';
  return errors;
}

export function SignUpForm({ onDone }: { onDone: () => void }) {
  const register = useRegister();
  const [values, setValues] = useState<Registration>({ displayName: '', email: '', password: '' });
  const [checked, setChecked] = useState<Errors>({});
  const form = useRef<HTMLFormElement>(null);
  const serverError = register.error;
  const errorFor = (field: Field) => checked[field] ?? fieldError(serverError, field);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each check or server answer on purpose.
  useEffect(() => {
    // Move to the first field that needs attention; its error is read out with it.
    form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [checked, serverError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = checkRegistration(values);
    setChecked(errors);
    if (Object.keys(errors).length > 0) return;
    register.mutate({ ...values, email: values.email.trim() }, { onSuccess: onDone });
  };
  const update = (field: Field) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setChecked((current) => ({ ...current, [field]: undefined }));
    if (register.error) register.reset();
  };
  const general = formError(serverError, FIELDS);

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate>
      {general ? <Notice tone="error">{general}</Notice> : null}
      {serverError instanceof ApiError && serverError.code === 'registration_failed' ? (
        <p className="small">
          If you already have an account, <Link to="/sign-in">sign in instead</Link>.
        </p>
      ) : null}
      <TextField
        label="Your name"
        hint="Any name you like. If you invite a partner, they will see it."
        autoComplete="nickname"
        value={values.displayName}
        onChange={update('displayName')}
        error={errorFor('displayName')}
      />
      <TextField
        label="Email"
        hint="Only for signing in. No one else sees it."
        type="email"
        autoComplete="email"
        inputMode="email"
        value={values.email}
        onChange={update('email')}
        error={errorFor('email')}
      />
      <TextField
        label="Password"
        hint="At least 10 characters. A few unrelated words are easy to remember and hard to guess."
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={update('password')}
        error={errorFor('password')}
      />
      <Button type="submit" busy={register.isPending} block>
        {register.isPending ? 'Creating your account…' : 'Create my account'}
      </Button>
    </form>
  );
}
