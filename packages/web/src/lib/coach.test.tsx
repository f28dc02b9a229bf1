import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CoachedTextArea } from '../components/coached-text-area';
import { buildMe, buildSpace } from '../test/api-mock';
import { renderPage, testQueryClient } from '../test/render';
import { useCoachForMe } from './coach';
import { meQueryKey } from './me';

function NoteField() {
  const [text, setText] = useState('');
  const coach = useCoachForMe(text);
  return <CoachedTextArea label="A note" value={text} onText={setText} findings={coach?.findings ?? null} />;
}

async function kindsFor(role: 'hurt' | 'repairing' | null, text: string) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(meQueryKey, buildMe({ space: role ? buildSpace(role) : null }));
  const view = renderPage(<NoteField />, { queryClient });
  await userEvent.type(screen.getByLabelText('A note'), text);
  const notes = () => document.querySelector('.coach-findings')?.textContent ?? '';
  if (role) await waitFor(() => expect(notes()).not.toBe(''));
  else await new Promise((r) => setTimeout(r, 100));
  const out = notes();
  view.unmount();
  return out;
}

describe('useCoachForMe', () => {
  it('reads the hurt partner with the I-statement coach and the repairing partner with the reply coach', async () => {
    // The I-statement coach's note on "never" is about absolutes; the reply coach has no such note.
    const absolutes = /invite an argument about the exceptions/;
    expect(await kindsFor('hurt', 'You never listen to me.')).toMatch(absolutes);
    expect(await kindsFor('repairing', 'You never listen to me.')).not.toMatch(absolutes);
    // The reply coach's note on "you're overreacting" is about their pain being made smaller.
    expect(await kindsFor('repairing', "You're overreacting.")).toMatch(/their pain/);
  });

  it('reads nothing for someone outside a space', async () => {
    expect(await kindsFor(null, "You're overreacting. You never listen.")).toBe('');
  });
});
