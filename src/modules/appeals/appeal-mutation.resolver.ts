import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { decideAppeal, fileAppeal } from './appeal.service.js';
import { DecideAppealInput, DecideAppealPayload, FileAppealInput, FileAppealPayload } from './appeal.types.js';

@Resolver()
export class AppealMutationResolver {
  @Mutation(() => FileAppealPayload, { description: '提出申诉（干部本人，送达后申诉期内；不停止执行）. Appeal a decision on yourself within the period after service; execution continues.' })
  @Can('respond', 'Case')
  fileAppeal(@Ctx() ctx: RequestContext, @Arg('input', () => FileAppealInput, { description: '申诉. The appeal.' }) input: FileAppealInput) {
    return fileAppeal(requireAuthed(ctx), input);
  }

  @Mutation(() => DecideAppealPayload, { description: '答复申诉：维持、变更或撤销（受理申诉的上级机关）. Answer an appeal: upheld, changed or revoked, by the body it was filed with.' })
  @Can('reviewAppeal', 'Case')
  decideAppeal(@Ctx() ctx: RequestContext, @Arg('input', () => DecideAppealInput, { description: '复查结论. The answer.' }) input: DecideAppealInput) {
    return decideAppeal(requireAuthed(ctx), input);
  }
}
