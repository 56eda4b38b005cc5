#!/usr/bin/env bash
# Replays README.md's "Worked example" (北塘 to archive, then the 宜川 variant) against a running
# server with the demo data: scripts/worked-example.sh http://localhost:4000/graphql
# Every step must answer without errors and in the state the README shows; the one refusal it
# sends on purpose (a stale version) must come back as CONFLICT. Exits non-zero otherwise.
# Each run registers new clues, so it can be replayed on the same database. SHOW=1 prints every
# step's payload (to stderr).
set -euo pipefail
# A failure inside $(…) must end the script too.
shopt -s inherit_errexit

URL=${1:?usage: scripts/worked-example.sh <graphql url, e.g. http://localhost:4000/graphql>}
for tool in curl jq; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done

# post TOKEN QUERY [VARIABLES] → the whole response
post() {
  local auth=() vars=${3:-}
  [[ -n $1 ]] && auth=(-H "authorization: Bearer $1")
  [[ -n $vars ]] || vars='{}'
  curl -sS "$URL" -H 'content-type: application/json' "${auth[@]}" \
    -d "$(jq -nc --arg q "$2" --argjson v "$vars" '{query: $q, variables: $v}')"
}

# gql TOKEN QUERY [VARIABLES] → .data; any GraphQL error ends the script
gql() {
  local res
  res=$(post "$@") || exit 1
  if ! jq -e '((.errors // []) | length == 0) and .data != null' >/dev/null <<<"$res"; then
    echo "GraphQL error: $res" >&2
    exit 1
  fi
  jq -c .data <<<"$res"
}

# refused CODE TOKEN QUERY VARIABLES: the step must be refused with exactly CODE
refused() {
  local code=$1 res
  shift
  res=$(post "$@")
  [[ $(jq -r '.errors[0].extensions.code // "none"' <<<"$res") == "$code" ]] || { echo "expected $code, got: $res" >&2; exit 1; }
  echo "  refused as expected: $code"
}

# expect JSON JQ-FILTER [JQ-ARGS…]: the filter must be true of the step's answer
expect() {
  local json=$1 filter=$2
  shift 2
  jq -e "$@" "$filter" >/dev/null <<<"$json" || { echo "unexpected answer (wanted $filter): $json" >&2; exit 1; }
}

login() {
  gql '' 'mutation($login: String!, $password: String!) { login(login: $login, password: $password) { accessToken } }' \
    "$(jq -nc --arg l "$1" '{login: $l, password: "rongcuo-demo"}')" | jq -r .login.accessToken
}

# step NAME INPUT-TYPE TOKEN INPUT-JSON SELECTION → the payload, printed as "name: state vN"
step() {
  local data
  data=$(gql "$3" "mutation(\$input: $2!) { $1(input: \$input) { $5 } }" "$(jq -nc --argjson i "$4" '{input: $i}')") || exit 1
  [[ -z ${SHOW:-} ]] || jq ".$1" <<<"$data" >&2
  jq -c ".$1" <<<"$data"
}
show() { echo "$1: $(jq -r '.case | "\(.state) v\(.version)"' <<<"$2")"; }
version() { jq -r .case.version <<<"$1"; }

CASE='case { id state version }'

echo "== 北塘: a clue taken to archive"
INV=$(login bt.investigator)
DEC=$(login bt.decider)

cadre=$(gql "$INV" '{ cadres(filter: { nameContains: "何丽华" }, first: 1) { edges { node { id name post managingCommittee { name } } } } }')
expect "$cadre" '.cadres.edges[0].node.managingCommittee.name == "中共北塘市委员会"'
CADRE=$(jq -r '.cadres.edges[0].node.id' <<<"$cadre")
echo "cadre: $(jq -r '.cadres.edges[0].node | "\(.name), \(.post)"' <<<"$cadre")"

# 1. registerClue
r=$(step registerClue RegisterClueInput "$INV" "$(jq -nc --arg c "$CADRE" '{
  subjectCadreIds: [$c], clueSource: "CITIZEN_REPORT", conductCategory: "INACTION", conductSituationCode: "SHIRKING_AND_DELAY",
  title: "项目审批久拖不决", summary: "群众反映项目审批超期未办结。", clueReceivedOn: "2025-09-26",
  reporter: { name: "张某", contact: "13900000000" } }')" \
  'case { id caseNumber state version handlingUnit { name } decidingUnit { name } reportedUpTo { name } deadlines { recommendationDueOn } }')
show registerClue "$r"
expect "$r" '.case.state == "REGISTERED" and .case.version == 1 and .case.decidingUnit.name == "中共北塘市委员会" and .case.reportedUpTo == null and .case.deadlines.recommendationDueOn == "2025-10-23"'
ID=$(jq -r .case.id <<<"$r")
V=$(version "$r")

# 2. initiateCase
r=$(step initiateCase InitiateInput "$INV" "$(jq -nc --arg id "$ID" --argjson v "$V" '{caseId: $id, version: $v, approvedBy: "北塘市纪委监委主要负责人"}')" \
  'case { state version toleranceOrigin assessment { criteriaCatalogueCode } }')
show initiateCase "$r"
expect "$r" '.case.state == "INITIATED" and .case.toleranceOrigin == "EX_OFFICIO" and .case.assessment.criteriaCatalogueCode == "CRITERIA_BT"'
STALE=$V
V=$(version "$r")

# The version read before initiateCase is stale now: the same step again is CONFLICT.
refused CONFLICT "$INV" 'mutation($input: InitiateInput!) { initiateCase(input: $input) { case { version } } }' \
  "$(jq -nc --arg id "$ID" --argjson v "$STALE" '{input: {caseId: $id, version: $v, approvedBy: "北塘市纪委监委主要负责人"}}')"

# 3. startInvestigation
r=$(step startInvestigation StartInvestigationInput "$INV" "$(jq -nc --arg id "$ID" --argjson v "$V" '{caseId: $id, version: $v}')" "$CASE")
show startInvestigation "$r"; expect "$r" '.case.state == "INVESTIGATING"'; V=$(version "$r")

# 4. addEvidence
r=$(step addEvidence AddEvidenceInput "$INV" "$(jq -nc --arg id "$ID" --argjson v "$V" '{caseId: $id, version: $v,
  kind: "DOCUMENT", title: "审批台账", description: "调取审批台账。", collectedOn: "2025-10-09"}')" "$CASE")
show addEvidence "$r"; expect "$r" '.case.state == "INVESTIGATING"'; V=$(version "$r")

# 5. recordStatement
r=$(step recordStatement StatementInput "$INV" "$(jq -nc --arg id "$ID" --argjson v "$V" --arg c "$CADRE" '{caseId: $id, version: $v,
  subjectCadreId: $c, kind: "STATEMENT", content: "本人陈述如下……", heardOn: "2025-10-14"}')" 'case { state version statements { kind heardOn } }')
show recordStatement "$r"; expect "$r" '.case.state == "INVESTIGATING" and .case.statements[0].kind == "STATEMENT"'; V=$(version "$r")

# 6. assessTolerance on 六看 (CRITERIA_BT)
r=$(step assessTolerance AssessToleranceInput "$INV" "$(jq -nc --arg id "$ID" --argjson v "$V" '{caseId: $id, version: $v,
  findings: [
    { criterionCode: "MOTIVE", finding: "未谋取私利", favourable: true },
    { criterionCode: "OBJECTIVE_CONDITIONS", finding: "无不可抗力等客观原因", favourable: false },
    { criterionCode: "PROCEDURE", finding: "未履行集体决策程序", favourable: false },
    { criterionCode: "NATURE", finding: "非探索创新中的失误", favourable: false },
    { criterionCode: "CONSEQUENCES", finding: "造成一定不良影响", favourable: false },
    { criterionCode: "HANDLING", finding: "事后积极补办", favourable: true } ],
  unmetPreconditionCodes: ["COLLECTIVE_DEMOCRATIC_PROCEDURE"] }')" \
  'case { state version assessment { criteriaCatalogueCode preconditionsMet unmetPreconditionCodes } }')
show assessTolerance "$r"; expect "$r" '.case.state == "INVESTIGATING" and .case.assessment.preconditionsMet == false'; V=$(version "$r")

# 7. recommend
r=$(step recommend RecommendInput "$INV" "$(jq -nc --arg id "$ID" --argjson v "$V" '{caseId: $id, version: $v,
  accountabilityOpinion: "建议诫勉", toleranceOpinion: "不具备容错前提", recommendedToleranceOutcome: "REFUSED",
  recommendedMeasureCodes: ["ADMONITION_TALK"], recommendedOn: "2025-10-20"}')" 'case { state version recommendedOn }')
show recommend "$r"; expect "$r" '.case.state == "RECOMMENDED" and .case.recommendedOn == "2025-10-20"'; V=$(version "$r")

# 8. decide, by the committee
r=$(step decide DecideInput "$DEC" "$(jq -nc --arg id "$ID" --argjson v "$V" --arg c "$CADRE" '{caseId: $id, version: $v,
  decisions: [{ subjectCadreId: $c, kind: "ACCOUNTABILITY", measureCodes: ["ADMONITION_TALK"],
    toleranceOutcome: "REFUSED", toleranceRefusalReason: "不符合容错前提条件。",
    documentNumber: "问决〔2025〕1号", facts: "经查，审批超期。", basis: "《问责暂行办法》第七条、第十四条。" }],
  meeting: { name: "常委会第12次会议", heldOn: "2025-11-03", total: 11, present: 9 },
  decidedOn: "2025-11-03", effectiveOn: "2025-11-03", organisationOpinion: "市委组织部审核同意。"}')" \
  'case { state version } decisions { id kind measureCodes toleranceOutcome approvingUnit { name } appealBody { name } effects { kind startsOn endsOn } }')
show decide "$r"
expect "$r" '.case.state == "DECIDED" and ([.decisions[0].effects[] | select(.kind == "NO_PROMOTION") | .endsOn] == ["2026-05-03"])'
V=$(version "$r")

# 9. serveDecision
r=$(step serveDecision ServeInput "$INV" "$(jq -nc --arg id "$ID" --argjson v "$V" '{caseId: $id, version: $v, servedOn: "2025-11-05"}')" \
  'case { state version decisions { servedOn appealDeadlineOn } }')
show serveDecision "$r"; expect "$r" '.case.state == "SERVED" and .case.decisions[0].appealDeadlineOn == "2025-11-20"'; V=$(version "$r")

# 10. startExecution
r=$(step startExecution StartExecutionInput "$INV" "$(jq -nc --arg id "$ID" --argjson v "$V" '{caseId: $id, version: $v, startedOn: "2025-11-06"}')" "$CASE")
show startExecution "$r"; expect "$r" '.case.state == "EXECUTING"'; V=$(version "$r")

# 11. notifyConclusion: copies as [BT] §(四)4 names them
r=$(step notifyConclusion NotifyInput "$INV" "$(jq -nc --arg id "$ID" --argjson v "$V" '{caseId: $id, version: $v, notifiedOn: "2025-11-27"}')" \
  'case { state version notifiedOn deadlines { archiveDueOn } copies { recipientRole recipient { name } } }')
show notifyConclusion "$r"
expect "$r" '.case.state == "NOTIFIED" and .case.deadlines.archiveDueOn == "2025-12-04" and ([.case.copies[].recipientRole] | sort) == ["ORGANISATION_HR", "SUPERVISING_DEPARTMENT", "UPPER_DEPARTMENT"]'
V=$(version "$r")
jq -r '.case.copies[] | "  copy: \(.recipientRole) → \(.recipient.name)"' <<<"$r"

# 12. dueCases, as of the day of the feedback: the archive is due within 5 working days
due=$(gql "$INV" '{ dueCases(within: 5, asOf: "2025-11-27") { duty dueOn workingDaysLeft overdue priority case { id caseNumber state } } }')
expect "$due" '[.dueCases[] | select(.case.id == $id) | {duty, dueOn, workingDaysLeft, overdue}] == [{duty: "ARCHIVE", dueOn: "2025-12-04", workingDaysLeft: 5, overdue: false}]' --arg id "$ID"
echo "dueCases(within: 5, asOf: 2025-11-27): $(jq -c --arg id "$ID" '[.dueCases[] | select(.case.id == $id) | {duty, dueOn, workingDaysLeft}]' <<<"$due")"

# 13. archiveCase (one day after archiveDueOn: recorded as late, not refused)
r=$(step archiveCase ArchiveInput "$INV" "$(jq -nc --arg id "$ID" --argjson v "$V" '{caseId: $id, version: $v, archivedOn: "2025-12-05"}')" \
  'case { state version archivedOn archivedLate availableEvents }')
show archiveCase "$r"; expect "$r" '.case.state == "ARCHIVED" and .case.archivedLate == true and .case.availableEvents == []'

# 14. cadreEligibility inside the 诫勉 period
e=$(gql "$DEC" 'query($cadreId: ID!, $on: CalendarDate!) { cadreEligibility(cadreId: $cadreId, on: $on) {
  on promotion { allowed reasons { effectKind measureCode startsOn endsOn documentNumber explanation } } awards { allowed } holdingPost { allowed } } }' \
  "$(jq -nc --arg c "$CADRE" '{cadreId: $c, on: "2026-01-15"}')")
expect "$e" '.cadreEligibility.promotion.allowed == false and (.cadreEligibility.promotion.reasons | map(select(.effectKind == "NO_PROMOTION" and .endsOn == "2026-05-03" and .documentNumber == "问决〔2025〕1号")) | length) >= 1'
echo "cadreEligibility on 2026-01-15: $(jq -c '.cadreEligibility | {promotion: .promotion.allowed, awards: .awards.allowed, holdingPost: .holdingPost.allowed}' <<<"$e")"

echo "== 宜川: a written tolerance application, decided 减轻"
YINV=$(login yc.investigator)
YDEC=$(login yc.decider)
YSELF=$(login yc.cadre)
YCADRE=$(gql "$YSELF" '{ me { cadre { id name } } }' | jq -r .me.cadre.id)

r=$(step registerClue RegisterClueInput "$YINV" "$(jq -nc --arg c "$YCADRE" '{
  subjectCadreIds: [$c], clueSource: "CHECK_FINDINGS", conductCategory: "INACTION", conductSituationCode: "SHIRKING_AND_DELAY",
  title: "项目审批久拖不决", summary: "群众反映项目审批超期未办结。", clueReceivedOn: "2025-06-02" }')" "$CASE")
show registerClue "$r"; YID=$(jq -r .case.id <<<"$r"); V=$(version "$r")

# The cadre applies in writing, before the case has even started.
r=$(step applyForTolerance ApplyForToleranceInput "$YSELF" "$(jq -nc --arg id "$YID" --argjson v "$V" '{caseId: $id, version: $v,
  content: "本人系在推进改革中出现失误，申请容错。", submittedOn: "2025-06-03"}')" 'case { id state version priority toleranceOrigin }')
show applyForTolerance "$r"; expect "$r" '.case.state == "REGISTERED" and .case.priority == true and .case.toleranceOrigin == "APPLICATION"'; V=$(version "$r")

r=$(step initiateCase InitiateInput "$YINV" "$(jq -nc --arg id "$YID" --argjson v "$V" '{caseId: $id, version: $v, approvedBy: "宜川市纪委监委主要负责人"}')" "$CASE")
show initiateCase "$r"; V=$(version "$r")
r=$(step startInvestigation StartInvestigationInput "$YINV" "$(jq -nc --arg id "$YID" --argjson v "$V" '{caseId: $id, version: $v}')" "$CASE")
show startInvestigation "$r"; V=$(version "$r")

# The cadre's own defence (submitStatement needs no subjectCadreId: it is the caller).
r=$(step submitStatement StatementInput "$YSELF" "$(jq -nc --arg id "$YID" --argjson v "$V" '{caseId: $id, version: $v,
  kind: "DEFENCE", content: "本人申辩如下……", heardOn: "2025-06-10"}')" "$CASE")
show submitStatement "$r"; V=$(version "$r")

r=$(step assessTolerance AssessToleranceInput "$YINV" "$(jq -nc --arg id "$YID" --argjson v "$V" '{caseId: $id, version: $v,
  findings: [ { criterionCode: "PUBLIC_ATTITUDE", finding: "群众评价较好", favourable: true },
              { criterionCode: "OVERALL_EFFECT", finding: "改革总体成效明显", favourable: true } ],
  tolerableSituationCodes: ["RISK_DECISION"] }')" 'case { state version assessment { criteriaCatalogueCode tolerableSituationCodes } }')
show assessTolerance "$r"; expect "$r" '.case.assessment.criteriaCatalogueCode == "CRITERIA_YC"'; V=$(version "$r")

r=$(step recommend RecommendInput "$YINV" "$(jq -nc --arg id "$YID" --argjson v "$V" '{caseId: $id, version: $v,
  accountabilityOpinion: "建议问责", toleranceOpinion: "建议减轻", recommendedToleranceOutcome: "REDUCED",
  recommendedMeasureCodes: ["NOTICE_CRITICISM"], recommendedOn: "2025-06-16"}')" "$CASE")
show recommend "$r"; expect "$r" '.case.state == "RECOMMENDED"'; V=$(version "$r")

r=$(step decide DecideInput "$YDEC" "$(jq -nc --arg id "$YID" --argjson v "$V" --arg c "$YCADRE" '{caseId: $id, version: $v,
  decisions: [{ subjectCadreId: $c, kind: "ACCOUNTABILITY", measureCodes: ["NOTICE_CRITICISM"], toleranceOutcome: "REDUCED",
    documentNumber: "问决〔2025〕1号", facts: "经查，审批超期。", basis: "《问责暂行办法》第七条、第十四条。",
    corrections: [{ requirements: "限期完善审批台账", dueOn: "2025-08-31" }] }],
  meeting: { name: "常委会第12次会议", heldOn: "2025-06-20", total: 11, present: 9 },
  decidedOn: "2025-06-20", effectiveOn: "2025-06-20", organisationOpinion: "市委组织部审核同意。"}')" \
  'case { state version } decisions { kind measureCodes toleranceOutcome }')
show decide "$r"; expect "$r" '.case.state == "DECIDED" and .decisions[0].toleranceOutcome == "REDUCED" and .decisions[0].measureCodes == ["NOTICE_CRITICISM"]'; V=$(version "$r")

r=$(step serveDecision ServeInput "$YINV" "$(jq -nc --arg id "$YID" --argjson v "$V" '{caseId: $id, version: $v, servedOn: "2025-06-23"}')" "$CASE")
show serveDecision "$r"; V=$(version "$r")
r=$(step startExecution StartExecutionInput "$YINV" "$(jq -nc --arg id "$YID" --argjson v "$V" '{caseId: $id, version: $v, startedOn: "2025-06-24"}')" "$CASE")
show startExecution "$r"; V=$(version "$r")
r=$(step notifyConclusion NotifyInput "$YINV" "$(jq -nc --arg id "$YID" --argjson v "$V" '{caseId: $id, version: $v, notifiedOn: "2025-07-01"}')" \
  'case { state version copies { recipientRole recipient { name } } }')
show notifyConclusion "$r"; V=$(version "$r")
jq -r '.case.copies[] | "  copy: \(.recipientRole) → \(.recipient.name)"' <<<"$r"
r=$(step archiveCase ArchiveInput "$YINV" "$(jq -nc --arg id "$YID" --argjson v "$V" '{caseId: $id, version: $v, archivedOn: "2025-07-03"}')" 'case { state version archivedLate }')
show archiveCase "$r"; expect "$r" '.case.state == "ARCHIVED" and .case.archivedLate == false'

echo "worked example replayed: no errors"
