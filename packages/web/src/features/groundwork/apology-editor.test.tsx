import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api-mock';
import { renderPage } from '../../test/render';
import { ApologyEditor } from './apology-editor';

function setup() {
  const sent: unknown[] = [];
  mockApi({
    'POST /api/apologies': (body) => {
      sent.push(body);
      return { status: 201, body: { apology: { id: 'a1' } } };
    },
  });
  renderPage(<ApologyEditor partnerName="Hana" />);
  return { sent };
}

describe('the apology editor', () => {
  it('marks the words the coach finds as the person types, on the device', async () => {
    setup();
    await userEvent.type(await screen.findByLabelText('Your apology'), 'I am sorry if you felt hurt.');
    // Marked inside the field (drawn behind it) and named in the notes below it.
    await waitFor(() => expect(document.querySelector('.field-backdrop mark')).toBeTruthy());
    expect(
      document.querySelector('.field-backdrop mark')?.getAttribute('data-text')?.toLowerCase(),
    ).toContain('if you felt');
    expect(document.querySelector('.coach-findings mark')?.textContent?.toLowerCase()).toContain(
      'if you felt',
    );
    expect(screen.getByRole('list', { name: 'The four parts of a full apology' })).toBeTruthy();
  });

  it("puts the coach's better shape in with one tap, and sends what the person chose", async () => {
    const { sent } = setup();
    await userEvent.type(
      await screen.findByLabelText('Your apology'),
      'I lied to you. I am sorry if you felt hurt.',
    );
    const use = await screen.findAllByRole('button', { name: /Use this/ });
    await userEvent.click(use[0] as HTMLElement);
    const field = screen.getByLabelText('Your apology') as HTMLTextAreaElement;
    expect(field.value.startsWith('I lied to you. ')).toBe(true);
    expect(field.value).not.toContain('if you felt');
    const chosen = field.value;
    await userEvent.click(screen.getByRole('button', { name: 'Send to Hana' }));
    await waitFor(() => expect(sent).toEqual([{ text: chosen, draft: false }]));
  });

  it('starts again empty once sent, so the same apology cannot go twice', async () => {
    const { sent } = setup();
    const field = (await screen.findByLabelText('Your apology')) as HTMLTextAreaElement;
    await userEvent.type(field, 'I lied to you.');
    const send = screen.getByRole('button', { name: 'Send to Hana' });
    await userEvent.click(send);
    await waitFor(() => expect(field.value).toBe(''));
    await userEvent.click(send);
    expect(sent).toEqual([{ text: 'I lied to you.', draft: false }]);
  });

  it('never blocks sending, even with findings', async () => {
    const { sent } = setup();
    await userEvent.type(await screen.findByLabelText('Your apology'), 'I am sorry if you felt hurt.');
    await userEvent.click(screen.getByRole('button', { name: 'Send to Hana' }));
    await waitFor(() => expect(sent).toEqual([{ text: 'I am sorry if you felt hurt.', draft: false }]));
  });

  it('saves a draft that stays with its author', async () => {
    const { sent } = setup();
    await userEvent.type(await screen.findByLabelText('Your apology'), 'I lied to you.');
    await userEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await waitFor(() => expect(sent).toEqual([{ text: 'I lied to you.', draft: true }]));
    expect((screen.getByLabelText('Your apology') as HTMLTextAreaElement).value).toBe('I lied to you.');
  });
});
