/**
 * Reference catalogues extracted from the five seed policy documents
 * (shared/seeds/000_… [HN], 001_… [BT], 002_… [SX], 003_… [YC], 004_… [YY]).
 *
 * Pure data: no imports, no database code.
 *
 * Conventions
 * - `nameZh` is the document's own wording, shortened to a clear title where the
 *   document has a long sentence; `descriptionZh` then carries the full text of the
 *   clause as the document states it (enumerator such as "(一)" dropped, stray
 *   PDF line-break spaces removed).
 * - `source` cites the jurisdiction tag and the article/section, e.g. '[YY] 第七条(一)'.
 *   [YY] article numbers refer to 《岳阳市"为官不为""为官乱为"问责暂行办法》 (the third
 *   document in seed 004, which also contains two other Yueyang 暂行办法 with their own
 *   article numbering). [HN] section numbers refer to 《关于建立容错纠错机制的若干意见(试行)》
 *   (the second document in seed 000).
 * - The [SX] seed is a web page in traditional characters; its quotations are given
 *   here in simplified characters.
 * - `declaredCount` is set where the document announces a number of items but the seed
 *   text enumerates fewer of them (the [SX] and [YC] seeds are summaries/interpretations,
 *   not the full regulations). Items are listed only as far as the seed text names them;
 *   nothing is invented.
 */

export type CatalogueKind =
  | 'CONDUCT_SITUATION'
  | 'CLUE_SOURCE'
  | 'MEASURE'
  | 'CRITERIA_SET'
  | 'TOLERABLE_SITUATIONS'
  | 'EXCLUSIONS'
  | 'PRECONDITIONS'
  | 'AGGRAVATING_FACTORS'
  | 'MITIGATING_FACTORS'
  | 'EXEMPTION_GROUNDS';

export interface CatalogueItem {
  code: string;
  nameZh: string;
  nameEn: string;
  descriptionZh?: string;
  source: string /* e.g. '[YY] 第七条(一)' */;
}

export interface Catalogue {
  code: string;
  kind: CatalogueKind;
  nameZh: string;
  nameEn: string;
  source: string;
  items: CatalogueItem[];
  /**
   * Number of items the document says exist, when the seed text enumerates fewer
   * (items.length < declaredCount means the seed is incomplete for this list).
   */
  declaredCount?: number;
  /** Editorial note on the extraction (gaps, wording, conditions that apply to the whole list). */
  note?: string;
}

// ---------------------------------------------------------------------------
// 《中国共产党问责条例》(2019) 第八条 — the national measure types (DOMAIN.md §8, from public
// sources). Kept beside [YY]'s list so a decision may use either; the organisational measures apply
// to a unit subject, the others to a leading cadre. Party discipline periods per DOMAIN.md §8.
// ---------------------------------------------------------------------------
const MEASURES_CPC2019: Catalogue = {
  code: 'MEASURES_CPC2019',
  kind: 'MEASURE',
  nameZh: '《中国共产党问责条例》问责方式',
  nameEn: 'Accountability measures of the 2019 CPC Accountability Regulations',
  source: '《中国共产党问责条例》(2019) 第八条',
  note: '对党组织：检查、通报、改组；对党的领导干部：通报、诫勉、组织调整或者组织处理、纪律处分；可以单独使用，也可以依据规定合并使用。',
  items: [
    { code: 'ORG_INSPECTION', nameZh: '检查（党组织）', nameEn: 'Written self-examination (party organisation)', source: '条例第八条(一)1' },
    { code: 'ORG_NOTICE', nameZh: '通报（党组织）', nameEn: 'Circular (party organisation)', source: '条例第八条(一)2' },
    { code: 'ORG_REORGANISATION', nameZh: '改组', nameEn: 'Reorganisation (party organisation)', source: '条例第八条(一)3' },
    { code: 'CADRE_NOTICE', nameZh: '通报', nameEn: 'Circular (leading cadre)', source: '条例第八条(二)1' },
    { code: 'CADRE_ADMONITION', nameZh: '诫勉', nameEn: 'Admonition (leading cadre)', source: '条例第八条(二)2' },
    { code: 'POST_ADJUSTMENT', nameZh: '组织调整或者组织处理（调整职务）', nameEn: 'Organisational adjustment: change of post', source: '条例第八条(二)3' },
    { code: 'PARTY_WARNING', nameZh: '纪律处分：警告', nameEn: 'Party discipline: warning', source: '条例第八条(二)4' },
    { code: 'PARTY_SERIOUS_WARNING', nameZh: '纪律处分：严重警告', nameEn: 'Party discipline: serious warning', source: '条例第八条(二)4' },
    { code: 'REMOVAL_FROM_PARTY_POST', nameZh: '纪律处分：撤销党内职务', nameEn: 'Party discipline: removal from party posts', source: '条例第八条(二)4' },
  ],
};

// ---------------------------------------------------------------------------
// [YY] 第七条 — 为官不为 (inaction), ten situations
// ---------------------------------------------------------------------------
const CONDUCT_INACTION_YY: Catalogue = {
  code: 'CONDUCT_INACTION_YY',
  kind: 'CONDUCT_SITUATION',
  nameZh: '为官不为情形',
  nameEn: 'Inaction in office (weiguan buwei) situations',
  source: '[YY] 第七条',
  note: '第七条:领导干部有下列“为官不为”情形之一的,应当进行问责。第二条定义:“为官不为”是指领导干部不履行或不认真履行职责,工作不负责任,不愿为、缓作为、不作为,工作任务完成不好,造成不良影响及后果的行为。',
  items: [
    {
      code: 'NOT_IMPLEMENTING_POLICIES',
      nameZh: '不认真贯彻落实或拒不执行路线方针政策和上级决策部署',
      nameEn: 'Failing to implement, or refusing to carry out, Party and state policies and superior decisions',
      descriptionZh: '对党和国家的路线方针政策、上级机关的决策部署不认真贯彻落实或拒不执行的。',
      source: '[YY] 第七条(一)',
    },
    {
      code: 'PERFUNCTORY_ON_KEY_TASKS',
      nameZh: '对重要工作、重点任务消极应付',
      nameEn: 'Perfunctory handling of important work and key tasks assigned by the city committee and government',
      descriptionZh: '对市委、市政府部署的重要工作、重点任务消极应付,落实到位率低,影响整体工作效果的。',
      source: '[YY] 第七条(二)',
    },
    {
      code: 'EVADING_ILLEGAL_CONDUCT',
      nameZh: '不敢担当,对违法违规行为畏难躲避、放任默认',
      nameEn: 'Lacking the courage to act: evading or tolerating illegal conduct that harms the business environment',
      descriptionZh: '不敢担当,对强买强卖、强揽工程、阻工闹事、敲诈勒索等违法违规行为畏难躲避、放任默认,影响经济发展环境的。',
      source: '[YY] 第七条(三)',
    },
    {
      code: 'LACK_OF_INITIATIVE_POOR_RESULTS',
      nameZh: '缺乏进取精神,工作目标任务不能完成或考评连续两年排名靠后',
      nameEn: 'Lack of initiative: work stagnating or regressing, targets missed, or ranked low in evaluations two years running',
      descriptionZh: '缺乏进取精神,无正当理由,工作久无起色且明显退步,工作目标任务不能完成,或者在增长极建设综合绩效考评和建设“一极三宜”江湖名城“621行动”考评中连续两年排名靠后的。',
      source: '[YY] 第七条(四)',
    },
    {
      code: 'SHIRKING_AND_DELAY',
      nameZh: '敷衍塞责、推诿扯皮,或不按时限办理建议提案、审批、信访等事项',
      nameEn: 'Shirking, buck-passing or a bad attitude; or not handling delegate proposals, approvals, petitions etc. within the set time limits',
      descriptionZh: '在履行职责中,敷衍塞责、懈怠懒散、推诿扯皮、态度恶劣,群众反映强烈的;或不按规定及承诺时限办理党代表、人大代表、政协委员建议、议案、提案以及审批、信访等其他事项,效率低、满意率低的。',
      source: '[YY] 第七条(五)',
    },
    {
      code: 'NEGLECTING_PUBLIC_INTERESTS',
      nameZh: '对群众切身利益重大问题能解决而不及时解决,或公开承诺未按时兑现',
      nameEn: "Not resolving major problems affecting people's vital interests, ignoring reasonable demands, or breaking public commitments",
      descriptionZh: '对涉及人民群众生产、生活等切身利益的重大问题,能解决而不及时解决,或对群众反映强烈的合理诉求不妥善处理和解决,以及向社会公开承诺的事项没有按时兑现的。',
      source: '[YY] 第七条(六)',
    },
    {
      code: 'DISOBEYING_UNIFIED_COMMAND',
      nameZh: '在防汛抗旱、抗灾救灾等重大工作中不服从统一指挥、贻误工作',
      nameEn: 'Disobeying unified command in flood control, fire prevention, epidemic control, disaster relief and similar major work',
      descriptionZh: '在防汛抗旱、森林防火、疫情防控、抗灾救灾等重大工作中不服从统一指挥、贻误工作的。',
      source: '[YY] 第七条(七)',
    },
    {
      code: 'SUPERVISION_FAILURE_OR_POOR_INCIDENT_HANDLING',
      nameZh: '未履行管理监督职责造成重大损失,或群体性、突发性事件处置不力',
      nameEn: 'Failure to manage and supervise causing major loss, or poor handling of mass or sudden incidents',
      descriptionZh: '未按职责要求对所负责的人和事进行管理、监督,造成重大损失;或对群体性、突发性事件处置不力,导致事态恶化、造成恶劣影响的。',
      source: '[YY] 第七条(八)',
    },
    {
      code: 'KEY_WORK_DELAYED_OR_VETOED',
      nameZh: '履职不到位致重点工作推进缓慢或被“一票否决”',
      nameEn: 'Inadequate performance slowing key work, or work subject to a one-vote veto (yipiao foujue)',
      descriptionZh: '因履职不到位,导致文明创建、征地拆迁、禁违拆违治违、招商引资、项目建设等重点工作推进缓慢的;或安全生产、人口与计划生育、社会治安综合治理等工作被“一票否决”的。',
      source: '[YY] 第七条(九)',
    },
    {
      code: 'OTHER_INACTION',
      nameZh: '其他因不作为造成严重后果或不良影响',
      nameEn: 'Other inaction causing serious consequences or adverse effects',
      descriptionZh: '其他因不作为给国家利益、人民生命财产、公共财产造成严重后果或不良影响的。',
      source: '[YY] 第七条(十)',
    },
  ],
};

// ---------------------------------------------------------------------------
// [YY] 第八条 — 为官乱为 (misconduct), ten situations
// ---------------------------------------------------------------------------
const CONDUCT_MISCONDUCT_YY: Catalogue = {
  code: 'CONDUCT_MISCONDUCT_YY',
  kind: 'CONDUCT_SITUATION',
  nameZh: '为官乱为情形',
  nameEn: 'Misconduct in office (weiguan luanwei) situations',
  source: '[YY] 第八条',
  note: '第八条:领导干部有下列“为官乱为”情形之一的,应当进行问责。第二条定义:“为官乱为”是指领导干部因违规决策、错误履职、滥用职权,造成工作失误,损害国家、集体利益或他人合法权益的行为。',
  items: [
    {
      code: 'SERIOUS_DECISION_ERROR',
      nameZh: '决策严重失误或“三重一大”决策制度执行不力',
      nameEn: 'Seriously wrong decisions, or poor observance of the "three majors and one large" collective decision rules',
      descriptionZh: '决策严重失误或“三重一大”决策制度执行不力,造成较大损失或负面影响的。',
      source: '[YY] 第八条(一)',
    },
    {
      code: 'ILLEGAL_INTERFERENCE',
      nameZh: '违规干预市场经济活动或执纪执法部门办案',
      nameEn: 'Illegal interference in market activities (land deals, construction, procurement) or in discipline/law-enforcement cases',
      descriptionZh: '违规干预土地交易、工程建设、政府采购等市场经济活动,扰乱市场经济秩序的;或违规干预执纪执法部门办案,影响公平正义的。',
      source: '[YY] 第八条(二)',
    },
    {
      code: 'UNDERMINING_ELECTIONS_AND_APPOINTMENTS',
      nameZh: '在班子建设、换届选举、干部选任中搬弄是非、拉票贿选、跑官要官',
      nameEn: 'Sowing discord, canvassing or buying votes, seeking office, or spreading rumours in team building, elections and appointments',
      descriptionZh: '在班子建设、换届选举、干部选任等工作中,搬弄是非、挑拨离间,拉票贿选、跑官要官,或者指使、怂恿有关人员散布谣言,制造事端,影响工作开展和安定团结的。',
      source: '[YY] 第八条(三)',
    },
    {
      code: 'VANITY_PROJECTS_FALSE_DATA_CONCEALMENT',
      nameZh: '搞形象工程、政绩工程、数字造假,或对重大突发事件瞒报、谎报、迟报',
      nameEn: 'Vanity projects, ecological damage or falsified figures; or concealing, misreporting or late-reporting major public emergencies',
      descriptionZh: '政绩观扭曲,搞不切实际的形象工程、政绩工程,破坏生态环境,或明显数字造假,留下严重遗留问题的;对重大公共突发事件瞒报、谎报、迟报,造成事态恶化或较大影响的。',
      source: '[YY] 第八条(四)',
    },
    {
      code: 'FOUR_WINDS_VIOLATIONS',
      nameZh: '违反作风建设有关规定,“四风”问题严重',
      nameEn: 'Breaching work-style rules: serious "four winds" problems (formalism, bureaucratism, hedonism, extravagance)',
      descriptionZh: '违反作风建设有关规定,“四风”问题严重、造成不良影响的。',
      source: '[YY] 第八条(五)',
    },
    {
      code: 'IRREGULAR_APPROVAL_AND_DISCRETION',
      nameZh: '违规行使自由裁量权、违规行政审批,或在审批和服务中索拿卡要',
      nameEn: 'Ignoring the power list and enforcement procedure, abusing discretion, irregular approvals, or extortion and obstruction in approvals and services',
      descriptionZh: '不按照权力清单及行政执法程序开展工作,违规行使自由裁量权,违规行政审批的;或在审批和服务中索拿卡要,增加服务对象负担,落实惠民政策走样的。',
      source: '[YY] 第八条(六)',
    },
    {
      code: 'UNLAWFUL_DOCUMENTS',
      nameZh: '制定、发布与法律法规或上级政策相违背的文件,故意使用已废止的法规政策',
      nameEn: 'Issuing documents contrary to law or superior policy, or knowingly applying repealed rules',
      descriptionZh: '制定、发布与法律法规或上级政策相违背的文件,故意使用已废止的法规政策,损害相对人合法权益的。',
      source: '[YY] 第八条(七)',
    },
    {
      code: 'MISAPPROPRIATING_SPECIAL_FUNDS',
      nameZh: '以权谋私,截留、挤占、挪用专项资金或基金',
      nameEn: 'Abusing power for private gain: withholding, diverting or misappropriating earmarked funds',
      descriptionZh: '以权谋私,截留、挤占、挪用专项资金或基金,损害群众利益的。',
      source: '[YY] 第八条(八)',
    },
    {
      code: 'IMPROPER_CADRE_SELECTION',
      nameZh: '违反干部选拔任用规定导致选人用人失误',
      nameEn: 'Breaching cadre selection and appointment rules, causing wrong appointments with serious consequences',
      descriptionZh: '违反干部选拔任用工作有关规定,导致选人用人失误,造成严重后果的。',
      source: '[YY] 第八条(九)',
    },
    {
      code: 'OTHER_MISCONDUCT',
      nameZh: '其他因乱作为造成严重后果或不良影响',
      nameEn: 'Other misconduct causing serious consequences or adverse effects',
      descriptionZh: '其他因乱作为给国家利益、人民生命财产、公共财产造成严重后果或不良影响的。',
      source: '[YY] 第八条(十)',
    },
  ],
};

// ---------------------------------------------------------------------------
// [YY] 第九条 — 问责线索 (clue sources), seven kinds
// ---------------------------------------------------------------------------
const CLUE_SOURCES_YY: Catalogue = {
  code: 'CLUE_SOURCES_YY',
  kind: 'CLUE_SOURCE',
  nameZh: '问责线索来源',
  nameEn: 'Sources of accountability clues',
  source: '[YY] 第九条',
  note: '第九条:领导干部具有本办法规定的问责情形或者具有下列问责线索,按程序报批后启动问责。',
  items: [
    {
      code: 'CITIZEN_REPORT',
      nameZh: '公民、法人和其他组织的举报、投诉',
      nameEn: 'Report or complaint by citizens, legal persons or other organisations',
      descriptionZh: '公民、法人和其他组织有事实依据且影响较大的举报、投诉',
      source: '[YY] 第九条(一)',
    },
    {
      code: 'LEADER_INSTRUCTION',
      nameZh: '有关会议的决定,有关领导的指示、批示',
      nameEn: 'Decision of a relevant meeting, or instruction/written comment of a relevant leader',
      descriptionZh: '有关会议作出的决定,有关领导的指示、批示',
      source: '[YY] 第九条(二)',
    },
    {
      code: 'INSPECTION_RECOMMENDATION',
      nameZh: '巡视巡查、法制、督查等机构提出的问责建议',
      nameEn: 'Confirmed accountability recommendation from inspection tours, legal affairs or supervision bodies',
      descriptionZh: '巡视巡查、法制、督查等机构提出并经确认的问责建议',
      source: '[YY] 第九条(三)',
    },
    {
      code: 'DELEGATE_PROPOSAL',
      nameZh: '党代表、人大代表、政协委员联名提出的问责建议',
      nameEn: "Confirmed joint accountability proposal by several Party congress delegates, people's congress deputies or CPPCC members",
      descriptionZh: '党代表、人大代表、政协委员多人联名提出并经有关部门确认的问责建议',
      source: '[YY] 第九条(四)',
    },
    {
      code: 'JOINT_MEETING_MEMBER',
      nameZh: '问责处理工作联席会议成员单位提出的问责建议',
      nameEn: 'Confirmed accountability recommendation from a member unit of the accountability joint meeting',
      descriptionZh: '问责处理工作联席会议成员单位提出并经确认的问责建议',
      source: '[YY] 第九条(五)',
    },
    {
      code: 'INCIDENT_OR_MEDIA',
      nameZh: '重大事故、重大群体性事件或新闻媒体曝光的重大问题',
      nameEn: 'Major accident, major mass incident, or major problem exposed by the news media',
      descriptionZh: '发生重大事故、重大群体性事件,或新闻媒体曝光的重大问题',
      source: '[YY] 第九条(六)',
    },
    {
      code: 'CHECK_FINDINGS',
      nameZh: '工作检查发现或评议、考核中反映的重大问题',
      nameEn: 'Major problem found in functional departments’ work checks or reflected in reviews and evaluations',
      descriptionZh: '职能部门工作检查发现的重大问题,或各种评议、考核中反映的重大问题。',
      source: '[YY] 第九条(七)',
    },
  ],
};

// ---------------------------------------------------------------------------
// [YY] 第十四条 — 问责处理方式 (measures)
// The article lists six groups; "或" inside a group separates alternative measures,
// so each alternative is its own item (ten in all), in the document's order
// (which is also ascending severity).
// ---------------------------------------------------------------------------
const MEASURES_YY: Catalogue = {
  code: 'MEASURES_YY',
  kind: 'MEASURE',
  nameZh: '问责处理方式',
  nameEn: 'Accountability measures',
  source: '[YY] 第十四条',
  note: '第十四条六项:(一)通报批评或作出检查;(二)诫勉谈话或公开道歉;(三)停职检查;(四)调离岗位;(五)引咎辞职、责令辞职或免职;(六)降职。第十八条称(二)项公开道歉为“责令公开道歉”。第六条:需追究纪律责任的移交纪检监察机关,涉嫌犯罪的移送司法机关(不属本条处理方式)。',
  items: [
    {
      code: 'NOTICE_CRITICISM',
      nameZh: '通报批评',
      nameEn: 'Circulated criticism',
      descriptionZh: '通报批评或作出检查',
      source: '[YY] 第十四条(一)',
    },
    {
      code: 'WRITTEN_SELF_EXAMINATION',
      nameZh: '作出检查',
      nameEn: 'Written self-examination',
      descriptionZh: '通报批评或作出检查',
      source: '[YY] 第十四条(一)',
    },
    {
      code: 'ADMONITION_TALK',
      nameZh: '诫勉谈话',
      nameEn: 'Admonition talk',
      descriptionZh: '诫勉谈话或公开道歉',
      source: '[YY] 第十四条(二)',
    },
    {
      code: 'PUBLIC_APOLOGY',
      nameZh: '公开道歉',
      nameEn: 'Public apology (ordered)',
      descriptionZh: '诫勉谈话或公开道歉(第十八条(一)称“责令公开道歉”)',
      source: '[YY] 第十四条(二)',
    },
    {
      code: 'SUSPENSION_FOR_INSPECTION',
      nameZh: '停职检查',
      nameEn: 'Suspension from duty for self-examination',
      descriptionZh: '停职检查',
      source: '[YY] 第十四条(三)',
    },
    {
      code: 'TRANSFER',
      nameZh: '调离岗位',
      nameEn: 'Transfer from post',
      descriptionZh: '调离岗位',
      source: '[YY] 第十四条(四)',
    },
    {
      code: 'RESIGNATION_FOR_ACCOUNTABILITY',
      nameZh: '引咎辞职',
      nameEn: 'Resignation taking the blame',
      descriptionZh: '引咎辞职、责令辞职或免职',
      source: '[YY] 第十四条(五)',
    },
    {
      code: 'ORDERED_RESIGNATION',
      nameZh: '责令辞职',
      nameEn: 'Ordered resignation',
      descriptionZh: '引咎辞职、责令辞职或免职',
      source: '[YY] 第十四条(五)',
    },
    {
      code: 'DISMISSAL',
      nameZh: '免职',
      nameEn: 'Removal from post',
      descriptionZh: '引咎辞职、责令辞职或免职',
      source: '[YY] 第十四条(五)',
    },
    {
      code: 'DEMOTION',
      nameZh: '降职',
      nameEn: 'Demotion',
      descriptionZh: '降职',
      source: '[YY] 第十四条(六)',
    },
  ],
};

// ---------------------------------------------------------------------------
// [BT] 二(三) — six "看" criteria for the overall assessment
// (the section heading itself is hidden in the seed page; the criteria follow
// "对干部的失误错误应当按照下列标准进行综合分析" and precede "(四)容错程序").
// ---------------------------------------------------------------------------
const CRITERIA_BT: Catalogue = {
  code: 'CRITERIA_BT',
  kind: 'CRITERIA_SET',
  nameZh: '容错综合分析标准(六看)',
  nameEn: 'Tolerance assessment criteria (six "look at"s)',
  source: '[BT] 二(三)',
  note: '对干部的失误错误应当按照下列标准进行综合分析,对该容的大胆容错,不该容的坚决不容。',
  items: [
    {
      code: 'MOTIVE',
      nameZh: '看主观动机',
      nameEn: 'Subjective motive',
      descriptionZh: '是出于公心还是谋取私利;是无心之过还是明知故犯。',
      source: '[BT] 二(三)1',
    },
    {
      code: 'OBJECTIVE_CONDITIONS',
      nameZh: '看客观条件',
      nameEn: 'Objective conditions',
      descriptionZh: '是因不可抗力、客观条件不具备、上级政策调整、历史遗留问题等客观原因而造成的失误和错误,还是主观故意、失职渎职。',
      source: '[BT] 二(三)2',
    },
    {
      code: 'PROCEDURE',
      nameZh: '看程序方法',
      nameEn: 'Procedure and method',
      descriptionZh: '是严格执行集体领导、民主集中、会议决定等决策程序,还是个人专断、一意孤行、隐瞒不报、谎报或者拖延报告。',
      source: '[BT] 二(三)3',
    },
    {
      code: 'NATURE',
      nameZh: '看问题性质',
      nameEn: 'Nature of the problem',
      descriptionZh: '是探索创新中的失误错误,还是有令不行、有禁不止、违纪违法。',
      source: '[BT] 二(三)4',
    },
    {
      code: 'CONSEQUENCES',
      nameZh: '看后果影响',
      nameEn: 'Consequences and impact',
      descriptionZh: '是因失误和错误造成一定程度的损失和不良影响,还是因岗位职责履行不到位造成重大事故、重大损失和恶劣影响。',
      source: '[BT] 二(三)5',
    },
    {
      code: 'HANDLING',
      nameZh: '看处置行为',
      nameEn: 'Handling after the error',
      descriptionZh: '是主动止损还是消极应对。',
      source: '[BT] 二(三)6',
    },
  ],
};

// ---------------------------------------------------------------------------
// [YC] seven criteria for the overall assessment. The seed is the official
// interpretation (解读) published in 三峡日报; it names the seven aspects only.
// Codes shared with CRITERIA_BT where the concept is the same.
// ---------------------------------------------------------------------------
const YC_CRITERIA_SOURCE = '[YC] 《宜昌市容错纠错实施办法》解读·问“如何把握容错的情形”';
const CRITERIA_YC: Catalogue = {
  code: 'CRITERIA_YC',
  kind: 'CRITERIA_SET',
  nameZh: '容错综合研判七方面情况',
  nameEn: 'Tolerance assessment criteria (seven aspects)',
  source: YC_CRITERIA_SOURCE,
  note: '结合主观动机、客观条件、程序方法、损失后果、个人表现、群众态度和综合效果七方面情况,对干部的失误和错误进行综合研判。(解读只列名称,未附各项说明)',
  items: [
    { code: 'MOTIVE', nameZh: '主观动机', nameEn: 'Subjective motive', source: YC_CRITERIA_SOURCE },
    { code: 'OBJECTIVE_CONDITIONS', nameZh: '客观条件', nameEn: 'Objective conditions', source: YC_CRITERIA_SOURCE },
    { code: 'PROCEDURE', nameZh: '程序方法', nameEn: 'Procedure and method', source: YC_CRITERIA_SOURCE },
    { code: 'CONSEQUENCES', nameZh: '损失后果', nameEn: 'Loss and consequences', source: YC_CRITERIA_SOURCE },
    { code: 'PERSONAL_RECORD', nameZh: '个人表现', nameEn: 'Personal record and conduct', source: YC_CRITERIA_SOURCE },
    { code: 'PUBLIC_ATTITUDE', nameZh: '群众态度', nameEn: 'Attitude of the public', source: YC_CRITERIA_SOURCE },
    { code: 'OVERALL_EFFECT', nameZh: '综合效果', nameEn: 'Overall effect', source: YC_CRITERIA_SOURCE },
  ],
};

// ---------------------------------------------------------------------------
// [HN] 二(一) — four tolerable situations
// ---------------------------------------------------------------------------
const TOLERABLE_HN: Catalogue = {
  code: 'TOLERABLE_HN',
  kind: 'TOLERABLE_SITUATIONS',
  nameZh: '可予以容错的情形',
  nameEn: 'Tolerable situations',
  source: '[HN] 二(一)',
  note: '须同时满足 PRECONDITIONS_HN 所列条件,“并符合以下情形之一的失误错误,经研究认定,可予以容错”;且不得存在 EXCLUSIONS_HN 所列情形。',
  items: [
    {
      code: 'REFORM_AND_EXPLORATION',
      nameZh: '改革创新、大胆探索中出现的失误错误',
      nameEn: 'Errors made in reform, innovation and bold exploration',
      descriptionZh:
        '在国家政策没有明令禁止或法律法规没有明确限制的情况下,创造性地开展工作或落实上级党委、政府决策部署,推动改革、大胆创新过程中出现的失误错误。实施重大改革创新项目或有较大突破、探索的工作,应事先进行风险评估和论证,报上一级全面深化改革领导小组备案。',
      source: '[HN] 二(一)1',
    },
    {
      code: 'DEVELOPMENT_AND_DUTY',
      nameZh: '推动发展、担当作为中出现的失误错误',
      nameEn: 'Errors made while driving development and taking on responsibility',
      descriptionZh:
        '在经济社会发展特别是脱贫攻坚、环境保护、经济转型、社会稳定等中心工作和重点领域中,因承担急难险重任务、化解矛盾纠纷、解决历史遗留问题等,出于公心、担当尽责、积极作为过程中出现的失误错误。推动重大工程、重点项目建设时为确保工作进度,在使用财政资金时为避免国家、群众利益受损,在解决复杂矛盾纠纷、历史遗留问题时为维护社会稳定等情况下,采取的特事特办措施,要经同级人民政府同意后,在实施前向上级业务主管部门报告并征得同意。',
      source: '[HN] 二(一)2',
    },
    {
      code: 'NON_HUMAN_FACTORS',
      nameZh: '非人为因素导致的失误错误',
      nameEn: 'Errors caused by non-human factors (force majeure, accidents, policy changes)',
      descriptionZh: '由于不可抗力、意外事件、国家政策调整等造成的失误错误。',
      source: '[HN] 二(一)3',
    },
    {
      code: 'OTHER',
      nameZh: '其他符合容错情形的失误错误',
      nameEn: 'Other errors that fit the tolerance situations',
      descriptionZh: '其他符合容错情形的失误错误。',
      source: '[HN] 二(一)4',
    },
  ],
};

// ---------------------------------------------------------------------------
// [SX] eleven tolerable situations — the seed (a web summary of the 2016
// 三项机制) names the count and quotes only three of them.
// ---------------------------------------------------------------------------
const SX_TOLERABLE_SOURCE = '[SX] 《陕西省党政干部容错纠错办法(试行)》·主要情形';
const TOLERABLE_SX: Catalogue = {
  code: 'TOLERABLE_SX',
  kind: 'TOLERABLE_SITUATIONS',
  nameZh: '可进行容错的情形',
  nameEn: 'Tolerable situations',
  source: SX_TOLERABLE_SOURCE,
  declaredCount: 11,
  note: '种子文本称“11类情形可进行容错:支持改革探索、推崇创新突破、弘扬担当负责、鼓励积极作为”,只列举了其中三类(“包括……等11类情形”),其余八类未在种子文本中出现,此处不作补充。适用总体条件:未能实现预期目标或出现偏差失误,但符合法律法规和政策规定,勤勉尽责、未谋取私利。',
  items: [
    {
      code: 'DECISION_IMPLEMENTATION_DEVIATION',
      nameZh: '落实党委、政府决策部署中出现工作失误和偏差',
      nameEn: 'Errors or deviations while implementing Party committee and government decisions (after a democratic decision procedure, no private gain, losses actively remedied)',
      descriptionZh: '在落实党委、政府决策部署中,出现工作失误和偏差,但经过民主决策程序,没有为个人、他人或单位谋取私利,且积极主动消除影响或挽回损失的',
      source: SX_TOLERABLE_SOURCE,
    },
    {
      code: 'EXPLORATORY_REFORM_MISTAKE',
      nameZh: '推进改革和体制机制创新中先行先试出现探索性失误',
      nameEn: 'Exploratory mistakes or unmet expectations in pioneering reform and institutional innovation for lack of experience',
      descriptionZh: '在推进改革和体制机制创新中,因缺乏经验,先行先试出现探索性失误或未达到预期效果的',
      source: SX_TOLERABLE_SOURCE,
    },
    {
      code: 'UNCLEAR_POLICY_BOUNDARY',
      nameZh: '因政策界限不明确或不可知因素在创造性开展工作中出现失误',
      nameEn: 'Errors in creative work, not prohibited by law, caused by unclear policy boundaries or unknowable factors',
      descriptionZh: '法律、法规没有明令禁止,因政策界限不明确或不可知的因素,在创造性开展工作中出现失误或造成影响和损失的',
      source: SX_TOLERABLE_SOURCE,
    },
  ],
};

// ---------------------------------------------------------------------------
// [YC] ten tolerable situations — the seed (official interpretation) names the
// count and four examples.
// ---------------------------------------------------------------------------
const YC_TOLERABLE_SOURCE = '[YC] 《宜昌市容错纠错实施办法》解读·问“如何把握容错的情形”';
const YC_TOLERABLE_SENTENCE =
  '细化规定了10种可以容错的情形,如风险决策、容缺审批、新业态培育监管、部门职责不清情况下主动衔接过程中出现的失误和错误等实践中常见情形';
const TOLERABLE_YC: Catalogue = {
  code: 'TOLERABLE_YC',
  kind: 'TOLERABLE_SITUATIONS',
  nameZh: '可以容错的情形',
  nameEn: 'Tolerable situations',
  source: YC_TOLERABLE_SOURCE,
  declaredCount: 10,
  note: '解读称《容错纠错实施办法》“细化规定了10种可以容错的情形”,只举出四种(风险决策、容缺审批、新业态培育监管、部门职责不清情况下主动衔接),其余六种未在种子文本中出现,此处不作补充。前瞻性决策风险事前报备情况是容错免责减责的重要依据。',
  items: [
    {
      code: 'RISK_DECISION',
      nameZh: '风险决策',
      nameEn: 'Risky decision-making',
      descriptionZh: YC_TOLERABLE_SENTENCE,
      source: YC_TOLERABLE_SOURCE,
    },
    {
      code: 'DEFICIENCY_TOLERANT_APPROVAL',
      nameZh: '容缺审批',
      nameEn: 'Approval with tolerated missing documents (rongque shenpi)',
      descriptionZh: YC_TOLERABLE_SENTENCE,
      source: YC_TOLERABLE_SOURCE,
    },
    {
      code: 'NEW_BUSINESS_SUPERVISION',
      nameZh: '新业态培育监管',
      nameEn: 'Fostering and supervising new business forms',
      descriptionZh: YC_TOLERABLE_SENTENCE,
      source: YC_TOLERABLE_SOURCE,
    },
    {
      code: 'PROACTIVE_COORDINATION_UNCLEAR_DUTIES',
      nameZh: '部门职责不清情况下主动衔接',
      nameEn: 'Proactive coordination where departmental duties are unclear',
      descriptionZh: YC_TOLERABLE_SENTENCE,
      source: YC_TOLERABLE_SOURCE,
    },
  ],
};

// ---------------------------------------------------------------------------
// [HN] 二(二) — never tolerable
// ---------------------------------------------------------------------------
const EXCLUSIONS_HN: Catalogue = {
  code: 'EXCLUSIONS_HN',
  kind: 'EXCLUSIONS',
  nameZh: '不予容错的情形',
  nameEn: 'Situations never tolerated',
  source: '[HN] 二(二)',
  note: '出现下列情形的不予容错。',
  items: [
    {
      code: 'BREACH_OF_MANDATORY_OR_PROHIBITIVE_RULES',
      nameZh: '违反党的纪律、法律法规的强制性或禁止性规定',
      nameEn: 'Breach of mandatory or prohibitive provisions of Party discipline or law',
      descriptionZh: '违反党的纪律、法律法规的强制性或禁止性规定的。',
      source: '[HN] 二(二)1',
    },
    {
      code: 'MAJOR_ACCIDENT_OR_LOSS',
      nameZh: '造成重特大安全责任事故、重大环境污染事故、重大群体性事件以及其他重大损失',
      nameEn: 'Causing a major or extraordinarily serious safety accident, major pollution accident, major mass incident or other major loss',
      descriptionZh: '造成重特大安全责任事故、重大环境污染事故、重大群体性事件以及其他重大损失的。',
      source: '[HN] 二(二)2',
    },
    {
      code: 'NOT_CORRECTING_AFTER_REMINDER',
      nameZh: '发现有错或经提醒仍不及时纠偏纠错',
      nameEn: 'Not correcting in time after finding the error or being reminded, letting it cause greater loss',
      descriptionZh: '发现有错或经提醒仍不及时纠偏纠错,放任错误造成更大损失的。',
      source: '[HN] 二(二)3',
    },
    {
      code: 'REPEATED_SAME_KIND_ERRORS',
      nameZh: '同类问题连续出现失误过错',
      nameEn: 'Repeated errors of the same kind',
      descriptionZh: '同类问题连续出现失误过错的。',
      source: '[HN] 二(二)4',
    },
  ],
};

// ---------------------------------------------------------------------------
// [HN] 二(一) — preconditions (all must hold, plus one tolerable situation)
// ---------------------------------------------------------------------------
const PRECONDITIONS_HN: Catalogue = {
  code: 'PRECONDITIONS_HN',
  kind: 'PRECONDITIONS',
  nameZh: '容错前提条件',
  nameEn: 'Preconditions for tolerance',
  source: '[HN] 二(一)',
  note: '对于主观上没有为自己、他人或单位谋取私利,客观上严格执行集体研究和民主决策程序(紧急情况临时处置的除外),实际效果上没有造成重大损失或不良社会影响,并符合以下情形之一的失误错误,经研究认定,可予以容错。三项条件须同时满足,并须符合 TOLERABLE_HN 情形之一。',
  items: [
    {
      code: 'NO_PRIVATE_GAIN',
      nameZh: '主观上没有谋取私利',
      nameEn: 'No private gain sought for oneself, others or the unit',
      descriptionZh: '主观上没有为自己、他人或单位谋取私利',
      source: '[HN] 二(一)',
    },
    {
      code: 'COLLECTIVE_DEMOCRATIC_PROCEDURE',
      nameZh: '客观上严格执行集体研究和民主决策程序',
      nameEn: 'Collective study and democratic decision procedure strictly followed (emergency ad-hoc handling excepted)',
      descriptionZh: '客观上严格执行集体研究和民主决策程序(紧急情况临时处置的除外)',
      source: '[HN] 二(一)',
    },
    {
      code: 'NO_MAJOR_LOSS_OR_BAD_SOCIAL_EFFECT',
      nameZh: '实际效果上没有造成重大损失或不良社会影响',
      nameEn: 'No major loss or adverse social effect actually caused',
      descriptionZh: '实际效果上没有造成重大损失或不良社会影响',
      source: '[HN] 二(一)',
    },
  ],
};

// ---------------------------------------------------------------------------
// [YY] 第十五条 / 第十六条 / 第十七条
// ---------------------------------------------------------------------------
const AGGRAVATING_YY: Catalogue = {
  code: 'AGGRAVATING_YY',
  kind: 'AGGRAVATING_FACTORS',
  nameZh: '从重问责情节',
  nameEn: 'Aggravating circumstances (heavier accountability)',
  source: '[YY] 第十五条',
  items: [
    {
      code: 'OBSTRUCTING_INVESTIGATION',
      nameZh: '干扰、阻碍或不配合问责调查',
      nameEn: 'Interfering with, obstructing or not cooperating with the accountability investigation',
      descriptionZh: '干扰、阻碍或不配合问责调查的',
      source: '[YY] 第十五条(一)',
    },
    {
      code: 'FALSIFICATION_OR_CONCEALMENT',
      nameZh: '弄虚作假、隐瞒事实真相',
      nameEn: 'Falsification or concealing the truth',
      descriptionZh: '弄虚作假、隐瞒事实真相的',
      source: '[YY] 第十五条(二)',
    },
    {
      code: 'RETALIATION_AGAINST_REPORTERS',
      nameZh: '打击、报复、陷害检举人、控告人',
      nameEn: 'Attacking, retaliating against or framing informants and complainants',
      descriptionZh: '打击、报复、陷害检举人、控告人的',
      source: '[YY] 第十五条(三)',
    },
    {
      code: 'OTHER_STATUTORY_AGGRAVATING',
      nameZh: '法律法规和党内规章规定的其他从重情节',
      nameEn: 'Other aggravating circumstances provided by state law or Party rules',
      descriptionZh: '国家法律法规和党内规章规定的其他从重情节。',
      source: '[YY] 第十五条(四)',
    },
  ],
};

const MITIGATING_YY: Catalogue = {
  code: 'MITIGATING_YY',
  kind: 'MITIGATING_FACTORS',
  nameZh: '从轻问责情节',
  nameEn: 'Mitigating circumstances (lighter accountability)',
  source: '[YY] 第十六条',
  items: [
    {
      code: 'PROACTIVE_LOSS_AVOIDANCE',
      nameZh: '主动采取措施,有效避免损失或者挽回影响',
      nameEn: 'Proactively took measures that effectively avoided loss or repaired the impact',
      descriptionZh: '主动采取措施,有效避免损失或者挽回影响的',
      source: '[YY] 第十六条(一)',
    },
    {
      code: 'ACTIVE_COOPERATION_AND_OWNERSHIP',
      nameZh: '积极配合问责调查,并且主动承担责任',
      nameEn: 'Actively cooperated with the investigation and took responsibility',
      descriptionZh: '积极配合问责调查,并且主动承担责任的',
      source: '[YY] 第十六条(二)',
    },
    {
      code: 'OTHER_STATUTORY_MITIGATING',
      nameZh: '法律法规和党内规章规定的其他从轻情节',
      nameEn: 'Other mitigating circumstances provided by state law or Party rules',
      descriptionZh: '国家法律法规和党内规章规定的其他从轻情节。',
      source: '[YY] 第十六条(三)',
    },
  ],
};

const EXEMPTION_YY: Catalogue = {
  code: 'EXEMPTION_YY',
  kind: 'EXEMPTION_GROUNDS',
  nameZh: '免予问责情节',
  nameEn: 'Grounds for exemption from accountability',
  source: '[YY] 第十七条',
  items: [
    {
      code: 'EXPLORATORY_MISTAKE_WITHOUT_MAJOR_IMPACT',
      nameZh: '改革创新、先行先试中因缺乏经验发生失误,且未造成重大影响',
      nameEn: 'Mistake for lack of experience in reform, innovation or pilot practice, without major impact',
      descriptionZh: '对改革创新、先行先试实践中因缺乏经验发生失误,且未造成重大影响的',
      source: '[YY] 第十七条(一)',
    },
    {
      code: 'EMERGENCY_OR_FORCE_MAJEURE',
      nameZh: '突发意外事件或不可抗力下确实无法履行责任和义务',
      nameEn: 'Genuinely unable to perform duties because of a sudden accident or force majeure',
      descriptionZh: '在突发意外事件或不可抗力情况下,确实无法履行责任和义务的。',
      source: '[YY] 第十七条(二)',
    },
  ],
};

export const CATALOGUES: Catalogue[] = [
  CONDUCT_INACTION_YY,
  CONDUCT_MISCONDUCT_YY,
  CLUE_SOURCES_YY,
  MEASURES_YY,
  CRITERIA_BT,
  CRITERIA_YC,
  TOLERABLE_HN,
  TOLERABLE_SX,
  TOLERABLE_YC,
  EXCLUSIONS_HN,
  PRECONDITIONS_HN,
  AGGRAVATING_YY,
  MITIGATING_YY,
  EXEMPTION_YY,
  MEASURES_CPC2019,
];
