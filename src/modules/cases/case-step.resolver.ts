import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Can } from '../../platform/authz/permission.js';
import { requireAuthed, type RequestContext } from '../../platform/request/request-context.js';
import * as closure from './case-closure.service.js';
import { DecideInput, DecidePayload } from './case-decision.types.js';
import * as deciding from './case-decision.service.js';
import * as intake from './case-intake.service.js';
import * as investigation from './case-investigation.service.js';
import {
  AddEvidenceInput, ApplyForToleranceInput, ArchiveInput, AssessToleranceInput, CaseStepPayload, DismissInput, ExtendRecommendationDeadlineInput, InitiateInput,
  InviteParticipantInput, NotifyInput, RecommendInput, RegisterClueInput, ReturnForInvestigationInput, ServeInput, StartExecutionInput, StartInvestigationInput,
  StatementInput, TakeOverInput,
} from './case-step.types.js';

/** The case procedure as mutations: each one argument in, the changed case out; the rules live in the services. */
@Resolver()
export class CaseStepResolver {
  @Mutation(() => CaseStepPayload, { description: '登记问题线索（期限自收到之日起算；超出管理权限的报上级）. Register a clue; above your authority it is reported up.' })
  @Can('register', 'Case')
  registerClue(@Ctx() ctx: RequestContext, @Arg('input', () => RegisterClueInput, { description: '线索. The clue.' }) input: RegisterClueInput) {
    return intake.registerClue(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '提级办理（上级机关承办，下级不再可办）. Take a case over: a higher body handles it from now on.' })
  @Can('takeOver', 'Case')
  takeOver(@Ctx() ctx: RequestContext, @Arg('input', () => TakeOverInput, { description: '提级办理. Take-over.' }) input: TakeOverInput) {
    return intake.takeOver(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '按程序报批后启动（同时依职权启动容错研判）. Initiate with approval; opens the tolerance assessment ex officio.' })
  @Can('handle', 'Case')
  initiateCase(@Ctx() ctx: RequestContext, @Arg('input', () => InitiateInput, { description: '启动. Initiation.' }) input: InitiateInput) {
    return intake.initiate(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '不予启动或了结. Dismiss the clue, with the reason.' })
  @Can('handle', 'Case')
  dismissCase(@Ctx() ctx: RequestContext, @Arg('input', () => DismissInput, { description: '了结. Dismissal.' }) input: DismissInput) {
    return intake.dismiss(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '进入调查. Start the investigation.' })
  @Can('handle', 'Case')
  startInvestigation(@Ctx() ctx: RequestContext, @Arg('input', () => StartInvestigationInput, { description: '调查. Investigation.' }) input: StartInvestigationInput) {
    return intake.startInvestigation(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '调查取证. Record an evidence item.' })
  @Can('handle', 'Case')
  addEvidence(@Ctx() ctx: RequestContext, @Arg('input', () => AddEvidenceInput, { description: '证据. Evidence.' }) input: AddEvidenceInput) {
    return investigation.addEvidence(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '邀请代表委员、专家、第三方参与调查. Invite a delegate, expert or third party.' })
  @Can('handle', 'Case')
  inviteParticipant(@Ctx() ctx: RequestContext, @Arg('input', () => InviteParticipantInput, { description: '参与人. Participant.' }) input: InviteParticipantInput) {
    return investigation.inviteParticipant(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '记录问责对象的陈述申辩或书面放弃. Record the subject’s statement, defence or written waiver.' })
  @Can('handle', 'Case')
  recordStatement(@Ctx() ctx: RequestContext, @Arg('input', () => StatementInput, { description: '陈述申辩. Statement.' }) input: StatementInput) {
    return investigation.recordStatement(requireAuthed(ctx), input, 'investigator');
  }

  @Mutation(() => CaseStepPayload, { description: '本人提交陈述申辩（或书面放弃）. Submit your own statement, defence or written waiver.' })
  @Can('respond', 'Case')
  submitStatement(@Ctx() ctx: RequestContext, @Arg('input', () => StatementInput, { description: '陈述申辩. Statement.' }) input: StatementInput) {
    return investigation.recordStatement(requireAuthed(ctx), input, 'subject');
  }

  @Mutation(() => CaseStepPayload, { description: '书面容错申请（决定前均可提出，不得拒收，优先办理）. A written tolerance application: accepted at any point before the decision, handled with priority.' })
  @Can('applyTolerance', 'Case')
  applyForTolerance(@Ctx() ctx: RequestContext, @Arg('input', () => ApplyForToleranceInput, { description: '申请. Application.' }) input: ApplyForToleranceInput) {
    return investigation.applyForTolerance(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '综合研判（本辖区标准、前提条件、可容错情形、不予容错情形）. The tolerance assessment on the jurisdiction’s criteria.' })
  @Can('handle', 'Case')
  assessTolerance(@Ctx() ctx: RequestContext, @Arg('input', () => AssessToleranceInput, { description: '研判. Assessment.' }) input: AssessToleranceInput) {
    return investigation.assessTolerance(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '提出问责与容错的初步意见（须已陈述申辩）. The preliminary opinion on accountability and tolerance; needs the statement.' })
  @Can('handle', 'Case')
  recommend(@Ctx() ctx: RequestContext, @Arg('input', () => RecommendInput, { description: '初步意见. Opinion.' }) input: RecommendInput) {
    return investigation.recommend(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '经批准延长提出意见的期限. Extend the recommendation deadline with approval.' })
  @Can('handle', 'Case')
  extendRecommendationDeadline(@Ctx() ctx: RequestContext, @Arg('input', () => ExtendRecommendationDeadlineInput, { description: '延期. Extension.' }) input: ExtendRecommendationDeadlineInput) {
    return investigation.extendRecommendationDeadline(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '退回补充调查. Return the case for further investigation.' })
  @Can('decide', 'Case')
  returnForInvestigation(@Ctx() ctx: RequestContext, @Arg('input', () => ReturnForInvestigationInput, { description: '退回. Return.' }) input: ReturnForInvestigationInput) {
    return deciding.returnForInvestigation(requireAuthed(ctx), input);
  }

  @Mutation(() => DecidePayload, { description: '有管理权限的党委（党组）集体研究作出决定. The committee with management authority decides, collectively.' })
  @Can('decide', 'Case')
  decide(@Ctx() ctx: RequestContext, @Arg('input', () => DecideInput, { description: '决定. Decision.' }) input: DecideInput) {
    return deciding.decide(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '送达决定（申诉期限由此起算）. Serve the decision; the appeal window starts.' })
  @Can('handle', 'Case')
  serveDecision(@Ctx() ctx: RequestContext, @Arg('input', () => ServeInput, { description: '送达. Service.' }) input: ServeInput) {
    return closure.serve(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '开始执行. Start carrying out the measures.' })
  @Can('handle', 'Case')
  startExecution(@Ctx() ctx: RequestContext, @Arg('input', () => StartExecutionInput, { description: '执行. Execution.' }) input: StartExecutionInput) {
    return closure.startExecution(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '反馈结论并按本辖区规定抄送. Feed the conclusion back and copy it to the recipients the regime names.' })
  @Can('handle', 'Case')
  notifyConclusion(@Ctx() ctx: RequestContext, @Arg('input', () => NotifyInput, { description: '反馈. Feedback.' }) input: NotifyInput) {
    return closure.notify(requireAuthed(ctx), input);
  }

  @Mutation(() => CaseStepPayload, { description: '归档（逾期归档记为逾期）. Archive into the personnel and integrity files; late is recorded as late.' })
  @Can('handle', 'Case')
  archiveCase(@Ctx() ctx: RequestContext, @Arg('input', () => ArchiveInput, { description: '归档. Archive.' }) input: ArchiveInput) {
    return closure.archive(requireAuthed(ctx), input);
  }
}
