import type { KnowledgeVoucher } from '@leerkring/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp, stubApi } from '../../test/render-app';
import { errorAt, refusal } from '../../test/refusal';
import { CompleteForm, GrantForm } from './components/TransitionForms';

const voucher = { id: '7b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', hoursUsed: 4 } as KnowledgeVoucher;
const path = `/knowledge-vouchers/${voucher.id}/transitions`;
const change = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

describe('the steps of a knowledge voucher', () => {
  it('holds back a grant without hours or expert, in Dutch at the fields, with focus on the first', async () => {
    const fetchStub = stubApi({});
    renderInApp(<GrantForm voucher={voucher} />);
    change('grant-amount', '1.000');
    fireEvent.click(screen.getByRole('button', { name: 'Kennisvoucher toekennen' }));
    await waitFor(() => expect(errorAt('grant-hours')).toBe('Geef een getal.'));
    expect(errorAt('grant-expert')).toBe('Vul de naam van de expert in.');
    expect(errorAt('grant-amount')).toBeUndefined();
    expect(document.activeElement?.id).toBe('grant-hours');
    expect(fetchStub.mock.calls.some(([url]) => String(url).includes('/transitions'))).toBe(false);
  });

  it("sends hours and euros as the API reads them, and shows the API's refusal at its field", async () => {
    const fetchStub = stubApi({ [path]: refusal('hoursUsed', 'Meer uren dan toegekend.') });
    renderInApp(<CompleteForm voucher={voucher} />);
    change('complete-hours', '12,5');
    change('complete-amount', '1.250,50');
    fireEvent.click(screen.getByRole('button', { name: 'Kennisvoucher afronden' }));
    await waitFor(() => expect(errorAt('complete-hours')).toBe('Meer uren dan toegekend.'));
    const [, init] = fetchStub.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toMatchObject({ to: 'completed', hoursUsed: 12.5, amountUsedCents: 125050 });
  });
});
