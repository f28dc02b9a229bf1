import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { useMe } from '../../lib/me';
import { safeNextPath, withNext } from '../../lib/next-path';
import { useLogin } from './api';

export default function SignInPage() {
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (me.data && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };
  const general = formError(login.error, ['email', 'password']);

  return (
    <Page title="Sign in" lead={<p>Welcome back. Take your time.</p>}>
      <form className="form" onSubmit={submit}>
        {general ? <Notice tone="error">{general}</Notice> : null}
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldError(login.error, 'email')}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldError(login.error, 'password')}
        />
        <Button type="submit" busy={login.isPending} block>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      <p className="small">
        New to Mend? <Link to={withNext('/sign-up', params.get('next'))}>Create an account</Link>
      </p>
    </Page>
  );
}
