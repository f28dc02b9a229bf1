import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { descriptionOf } from '../../test/a11y';
import { mockApi } from '../../test/api-mock';
import { renderPage } from '../../test/render';
import { SignUpForm } from './sign-up-form';

async function fillIn(password: string) {
  await userEvent.type(screen.getByLabelText('Your name'), 'Sam');
  await userEvent.type(screen.getByLabelText('Email'), 'sam@example.com');
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Create my account' }));
}

describe('sign-up form', () => {
  it('shows the error the API returns next to the field it names', async () => {
    const fetch = mockApi({
      'POST /api/auth/register': () => ({
        status: 400,
        body: {
          error: {
            code: 'common_password',
            message: 'This password is too easy to guess.',
            field: 'password',
          },
        },
      }),
    });
    renderPage(<SignUpForm onDone={vi.fn()} />);

    await fillIn('password1234');

    const password = await screen.findByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(password)).toContain('This password is too easy to guess.');
    expect(document.activeElement).toBe(password);
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toEqual({
      displayName: 'Sam',
      email: 'sam@example.com',
      password: 'password1234',
    });
  });

  it('asks for 10 characters before sending anything', async () => {
    const fetch = mockApi({});
    renderPage(<SignUpForm onDone={vi.fn()} />);

    await fillIn('short');

    expect(descriptionOf(screen.getByLabelText('Password'))).toContain('Please use at least 10 characters.');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows a neutral message when the details cannot be registered', async () => {
    mockApi({
      'POST /api/auth/register': () => ({
        status: 400,
        body: {
          error: { code: 'registration_failed', message: 'We could not register you with these details.' },
        },
      }),
    });
    renderPage(<SignUpForm onDone={vi.fn()} />);

    await fillIn('a long enough password');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'We could not register you with these details.',
    );
    expect(screen.getByRole('link', { name: 'sign in instead' })).toBeTruthy();
  });

  it('moves on once the account exists', async () => {
    mockApi({
      'POST /api/auth/register': () => ({ status: 201, body: { user: { id: 'u1' } } }),
      'GET /api/me': () => ({
        status: 401,
        body: { error: { code: 'unauthenticated', message: 'Sign in.' } },
      }),
    });
    const onDone = vi.fn();
    renderPage(<SignUpForm onDone={onDone} />);
    await fillIn('a long enough password');
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
  });
});
