/** A role held at a unit, with the unit's place in the tree resolved at authentication. */
export interface Grant {
  role: string;
  unitId: string;
  unitKind: string;
  /** '/…/unitId/' */
  unitPath: string;
  /** The region the unit belongs to: its nearest party committee, ancestor-or-self. */
  regionId: string;
  regionPath: string;
}

export interface AccountActor {
  kind: 'account';
  accountId: string;
  login: string;
  displayName: string;
  cadreId: string | null;
  grants: Grant[];
}

/** An integrating agency's API token: read-only, limited to its scopes and its holder unit. */
export interface TokenActor {
  kind: 'token';
  tokenId: string;
  name: string;
  holderUnitId: string;
  scopes: string[];
}

export type Actor = AccountActor | TokenActor;

export function actorAuditFields(actor: Actor | null): { actorAccountId: string | null; actorTokenId: string | null } {
  if (!actor) return { actorAccountId: null, actorTokenId: null };
  return actor.kind === 'account'
    ? { actorAccountId: actor.accountId, actorTokenId: null }
    : { actorAccountId: null, actorTokenId: actor.tokenId };
}
