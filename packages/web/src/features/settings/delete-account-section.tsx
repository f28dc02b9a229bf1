import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Dialog } from '../../components/dialog';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { useDeleteAccount } from './api';

const FORM_ID = 'delete-account-form';

export function DeleteAccountSection() {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const remove = useDeleteAccount();
  const navigate = useNavigate();
  const close = () => {
    setOpen(false);
    setPassword('');
    setMissing(false);
    remove.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!password) return setMissing(true);
    remove.mutate(password, { onSuccess: () => navigate('/welcome', { replace: true }) });
  };
  return (
    <Card title="Delete my account">
      <p>Deleting your account erases it and everything you wrote. This cannot be undone.</p>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete my account…
      </Button>
      {open ? (
        <Dialog
          title="Delete your account?"
          onClose={close}
          actions={
            <>
              <Button variant="secondary" onClick={close}>
                Keep my account
              </Button>
              <Button type="submit" form={FORM_ID} variant="danger" busy={remove.isPending}>
                {remove.isPending ? 'Deleting…' : 'Delete forever'}
              </Button>
            </>
          }
        >
          <ul className="list">
            <li>Your account and everything you wrote are erased for good.</li>
            <li>If you are in a space, you leave it, and your partner can no longer see what you shared.</li>
            <li>If you want a copy, download your data first.</li>
          </ul>
          <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
            {formError(remove.error, ['password']) ? (
              <Notice tone="error">{formError(remove.error, ['password'])}</Notice>
            ) : null}
            <TextField
              label="Your password"
              hint="To be sure it is you."
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
                setMissing(false);
              }}
              error={missing ? 'Please enter your password.' : fieldError(remove.error, 'password')}
            />
          </form>
        </Dialog>
      ) : null}
    </Card>
  );
}
