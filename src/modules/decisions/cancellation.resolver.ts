import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/request/request-context.js';
import { requireAuthed } from '../../platform/request/request-context.js';
import { Can } from '../../platform/authz/permission.js';
import { cancelAccountability } from './cancellation.service.js';
import { CancelAccountabilityInput, CancelAccountabilityPayload } from './cancellation.types.js';

@Resolver()
export class CancellationResolver {
  @Mutation(() => CancelAccountabilityPayload, {
    description: '取消问责：影响期满且整改到位后，由作出决定的党委书面取消（[YY]第十三条）. Cancel accountability after the influence period, once the cadre has rectified; by the committee that decided ([YY] Art. 13).',
  })
  @Can('decide', 'Case')
  cancelAccountability(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CancelAccountabilityInput, { description: '取消问责的内容. What to cancel, when, and the document.' }) input: CancelAccountabilityInput,
  ) {
    return cancelAccountability(requireAuthed(ctx), input);
  }
}
