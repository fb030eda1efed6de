/** What the funding mutations take and return: grants awarded, and payments made against them, each declared once. */
import { Payload } from '../../graphql/payload';
import { date, enumOf, id, int, text, wholeYuan, writableFields } from '../../graphql/writable-fields';
import { Disbursement } from './disbursement.entity';
import { FundingGrant, GrantKind } from './funding-grant.entity';

export const GRANT_FIELDS = writableFields({
  kind: enumOf(GrantKind, { required: true, description: 'What the grant is for, and so who pays it.' }),
  title: text({ max: 300, min: 1, required: true, description: 'As the award words it, e.g. 重庆石墨烯研究院有限公司海智工作站建站工作经费.' }),
  stationId: id('Station', { description: 'The station awarded; give exactly one of stationId and offshoreBaseId.' }),
  offshoreBaseId: id('OffshoreBase', { description: 'The offshore base awarded (not for ESTABLISHMENT grants, which go to stations).' }),
  funderDistrictId: id('District', { description: 'The district paying: required for DISTRICT_MATCHING, left out for the others (CQAST pays them).' }),
  year: int({ min: 2000, max: 2100, message: { min: 'year must be 2000 or later', max: 'year must be 2100 or earlier' }, required: true, description: 'The year the grant belongs to, from 2000 to 2100.' }),
  amountCny: wholeYuan({ positive: true, required: true, description: 'Amount awarded, whole yuan (CNY), more than 0 and at most 10^11.' }),
  awardedOn: date({ required: true, description: 'Day of the award (YYYY-MM-DD).' }),
});

export const CreateFundingGrantInput = GRANT_FIELDS.createInput('CreateFundingGrantInput', {
  description: 'A grant awarded to a station or an offshore base (exactly one). STAFF only.',
});

export const DISBURSEMENT_FIELDS = writableFields({
  grantId: id('FundingGrant', { required: true, description: 'The global id of the grant paid against.' }),
  amountCny: wholeYuan({ positive: true, required: true, description: 'Amount paid, whole yuan (CNY), more than 0 and at most what the grant has left (and 10^11).' }),
  paidOn: date({ required: true, description: 'Day of the payment (YYYY-MM-DD), not before the grant was awarded.' }),
  note: text({ max: 300, description: 'A short note on the payment, e.g. its instalment.' }),
});

export const RecordDisbursementInput = DISBURSEMENT_FIELDS.createInput('RecordDisbursementInput', {
  description: 'A payment made against a grant (拨付); never more than the grant has left. STAFF only.',
  idempotencyKey: {
    required: true,
    description:
      'Required: a payment retried after a lost answer must not be paid twice. A retry with the same key returns the first payment and pays nothing more; a new payment takes a new key.',
  },
});

export const FundingGrantPayload = Payload<{ grant: FundingGrant }>('FundingGrantPayload', { grant: [() => FundingGrant, { description: 'The funding grant as the write left it.' }] }, 'What a write to the funding grant returns.');
export type FundingGrantPayload = InstanceType<typeof FundingGrantPayload>;

export const DisbursementPayload = Payload<{ grant: FundingGrant; disbursement: Disbursement }>('DisbursementPayload', {
  grant: [() => FundingGrant, { description: 'The grant, with its disbursedCny after this payment.' }],
  disbursement: [() => Disbursement, { description: 'The payment recorded.' }],
}, 'What recordDisbursement returns: the payment and its grant.');
export type DisbursementPayload = InstanceType<typeof DisbursementPayload>;
