#!/usr/bin/env bash
# Replays README.md's risk-filing example (前瞻性决策风险事前报备) against a running server with the
# demo data: scripts/risk-filing-example.sh http://localhost:4000/graphql
# A filing of 北塘市生态环境局 is returned, resubmitted, accepted, cited by a later case and revoked;
# a 特事特办 filing implemented before its approvals is refused. Every step must answer as the
# README shows; the refusals it sends on purpose must come back with their codes. Each run files
# anew, so it can be replayed on the same database. SHOW=1 prints every payload (to stderr).
set -euo pipefail
shopt -s inherit_errexit

URL=${1:?usage: scripts/risk-filing-example.sh <graphql url, e.g. http://localhost:4000/graphql>}
for tool in curl jq; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done

post() {
  local auth=() vars=${3:-}
  [[ -n $1 ]] && auth=(-H "authorization: Bearer $1")
  [[ -n $vars ]] || vars='{}'
  curl -sS "$URL" -H 'content-type: application/json' "${auth[@]}" \
    -d "$(jq -nc --arg q "$2" --argjson v "$vars" '{query: $q, variables: $v}')"
}

gql() {
  local res
  res=$(post "$@") || exit 1
  if ! jq -e '((.errors // []) | length == 0) and .data != null' >/dev/null <<<"$res"; then
    echo "GraphQL error: $res" >&2
    exit 1
  fi
  jq -c .data <<<"$res"
}

# refused CODE TOKEN MUTATION INPUT-TYPE INPUT-JSON: the step must be refused with exactly CODE
refused() {
  local res
  res=$(post "$2" "mutation(\$input: $4!) { $3(input: \$input) { __typename } }" "$(jq -nc --argjson i "$5" '{input: $i}')")
  [[ $(jq -r '.errors[0].extensions.code // "none"' <<<"$res") == "$1" ]] || { echo "expected $1, got: $res" >&2; exit 1; }
  echo "  $3 refused as expected: $1 $(jq -c '.errors[0].extensions | del(.code)' <<<"$res")"
}

expect() {
  local json=$1 filter=$2
  shift 2
  jq -e "$@" "$filter" >/dev/null <<<"$json" || { echo "unexpected answer (wanted $filter): $json" >&2; exit 1; }
}

login() {
  gql '' 'mutation($login: String!, $password: String!) { login(login: $login, password: $password) { accessToken } }' \
    "$(jq -nc --arg l "$1" '{login: $l, password: "rongcuo-demo"}')" | jq -r .login.accessToken
}

step() {
  local data
  data=$(gql "$3" "mutation(\$input: $2!) { $1(input: \$input) { $5 } }" "$(jq -nc --argjson i "$4" '{input: $i}')") || exit 1
  [[ -z ${SHOW:-} ]] || jq ".$1" <<<"$data" >&2
  jq -c ".$1" <<<"$data"
}
show() { echo "$1: $(jq -r '.riskFiling | "\(.state) v\(.version) due \(.dueOn)"' <<<"$2")"; }

FILING='riskFiling { id filingNumber state version dueOn receivingUnit { name } supervisingUnit { name } history { event toState effectiveOn } }'
BASIS='assessment { basis { state valid asOf asOfSource stateAtConduct validAtConduct filing { filingNumber } } }'

UNIT=$(login bt.unit-party)
OFFICE=$(login bt.filing)
INV=$(login bt.investigator)

echo "== 北塘市生态环境局 files; 北塘市委改革办 answers; 北塘市纪委监委 revokes"
# 1. submitRiskFiling
r=$(step submitRiskFiling SubmitRiskFilingInput "$UNIT" '{
  "matter": "开发区“标准地+承诺制”改革试点", "reason": "现行审批流程较长，为抢抓项目落地窗口期先行先试。",
  "riskPoints": "企业承诺事项可能不兑现；事中事后监管可能不到位。", "preventionMeasures": "建立承诺履约台账，联合踏勘，纪委监委同步监督。",
  "decisionProcedure": {"collectiveStudy": true, "expertReview": true, "riskAssessment": true, "notes": "局党组2025年第9次会议集体研究"},
  "attachments": [{"name": "党组会议纪要.pdf", "kind": "COLLECTIVE_DECISION_MINUTES", "sizeBytes": 204800,
                   "sha256": "9f2c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e"}],
  "submittedOn": "2025-10-09"}' "$FILING")
show submitRiskFiling "$r"
expect "$r" '.riskFiling.state == "SUBMITTED" and .riskFiling.version == 1 and .riskFiling.dueOn == "2025-10-15" and .riskFiling.receivingUnit.name == "北塘市委改革办" and .riskFiling.supervisingUnit.name == "北塘市纪委监委"'
ID=$(jq -r .riskFiling.id <<<"$r")

# 2. the office's due list
due=$(gql "$OFFICE" '{ riskFilingsDue(within: 4, asOf: "2025-10-10") { dueOn workingDaysLeft overdue riskFiling { id filingNumber } } }')
expect "$due" 'any(.riskFilingsDue[]; .riskFiling.id == $id and .workingDaysLeft == 4 and .overdue == false)' --arg id "$ID"
echo "riskFilingsDue: listed, 4 working days left"

# 3. returnRiskFiling, by the office
refused FORBIDDEN "$UNIT" returnRiskFiling ReturnRiskFilingInput "$(jq -nc --arg id "$ID" '{riskFilingId: $id, version: 1, missing: "x", returnedOn: "2025-10-10"}')"
r=$(step returnRiskFiling ReturnRiskFilingInput "$OFFICE" "$(jq -nc --arg id "$ID" '{riskFilingId: $id, version: 1, missing: "缺合法性审查意见", returnedOn: "2025-10-10"}')" "$FILING")
show returnRiskFiling "$r"; expect "$r" '.riskFiling.state == "RETURNED" and .riskFiling.version == 2 and .riskFiling.dueOn == null'

# 4. resubmitRiskFiling, by the unit
r=$(step resubmitRiskFiling ResubmitRiskFilingInput "$UNIT" "$(jq -nc --arg id "$ID" '{riskFilingId: $id, version: 2,
  supplement: "已补充法律顾问出具的合法性审查意见。", resubmittedOn: "2025-10-13",
  decisionProcedure: {collectiveStudy: true, expertReview: true, legalReview: true, riskAssessment: true},
  addAttachments: [{name: "合法性审查意见书.pdf", kind: "LEGAL_REVIEW", sizeBytes: 102400,
                    sha256: "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"}]}')" "$FILING")
show resubmitRiskFiling "$r"; expect "$r" '.riskFiling.state == "SUBMITTED" and .riskFiling.version == 3 and .riskFiling.dueOn == "2025-10-20"'

# 5. acceptRiskFiling
r=$(step acceptRiskFiling AcceptRiskFilingInput "$OFFICE" "$(jq -nc --arg id "$ID" '{riskFilingId: $id, version: 3, acceptedOn: "2025-10-15", note: "材料齐全，予以备案。"}')" "$FILING")
show acceptRiskFiling "$r"; expect "$r" '.riskFiling.state == "ACCEPTED" and .riskFiling.version == 4'
expect "$r" '[.riskFiling.history[].event] == ["SUBMIT", "RETURN", "RESUBMIT", "ACCEPT"]'

# 6. a later case, registered and initiated by the discipline body
cadre=$(gql "$INV" '{ cadres(filter: { nameContains: "何丽华" }, first: 1) { edges { node { id } } } }' | jq -r '.cadres.edges[0].node.id')
c=$(gql "$INV" 'mutation($input: RegisterClueInput!) { registerClue(input: $input) { case { id version } } }' "$(jq -nc --arg c "$cadre" '{input: {
  subjectCadreIds: [$c], clueSource: "INSPECTION_RECOMMENDATION", conductCategory: "OTHER",
  title: "承诺制试点项目未按期补正材料", summary: "督查发现试点项目承诺事项未兑现。", clueReceivedOn: "2025-11-03"}}')")
CASE_ID=$(jq -r .registerClue.case.id <<<"$c")
c=$(gql "$INV" 'mutation($input: InitiateInput!) { initiateCase(input: $input) { case { state version } } }' \
  "$(jq -nc --arg id "$CASE_ID" '{input: {caseId: $id, version: 1, approvedBy: "北塘市纪委监委主要负责人"}}')")
echo "case: $(jq -r '.initiateCase.case | "\(.state) v\(.version)"' <<<"$c")"

# 7. citeRiskFiling: the conduct was on 2025-10-27
c=$(gql "$INV" "mutation(\$input: CiteRiskFilingInput!) { citeRiskFiling(input: \$input) { case { version $BASIS } } }" \
  "$(jq -nc --arg id "$CASE_ID" --arg f "$ID" '{input: {caseId: $id, version: 2, riskFilingId: $f, conductOn: "2025-10-27"}}')")
expect "$c" '.citeRiskFiling.case.assessment.basis[0] | .state == "ACCEPTED" and .stateAtConduct == "ACCEPTED" and .validAtConduct and .asOfSource == "CONDUCT"'
echo "citeRiskFiling: basis ACCEPTED, valid at the conduct (2025-10-27)"

# 8. revokeRiskFiling, by the discipline body (the filing office may not)
refused FORBIDDEN "$OFFICE" revokeRiskFiling RevokeRiskFilingInput "$(jq -nc --arg id "$ID" '{riskFilingId: $id, version: 4, reason: "x", revokedOn: "2025-11-20"}')"
r=$(step revokeRiskFiling RevokeRiskFilingInput "$INV" "$(jq -nc --arg id "$ID" '{riskFilingId: $id, version: 4,
  reason: "借备案之名规避监管，擅自扩大承诺制适用范围。", revokedOn: "2025-11-20"}')" "$FILING")
show revokeRiskFiling "$r"; expect "$r" '.riskFiling.state == "REVOKED" and .riskFiling.version == 5'

# 9. the assessment: valid at the conduct, revoked now
a=$(gql "$INV" "query(\$id: ID!) { case(id: \$id) { $BASIS } }" "$(jq -nc --arg id "$CASE_ID" '{id: $id}')")
expect "$a" '.case.assessment.basis[0] | .state == "REVOKED" and (.valid | not) and .stateAtConduct == "ACCEPTED" and .validAtConduct'
echo "assessment: $(jq -c '.case.assessment.basis[0] | del(.filing)' <<<"$a")"

echo "== 特事特办 implemented before its approvals"
refused SPECIAL_HANDLING_NOT_APPROVED "$UNIT" submitRiskFiling SubmitRiskFilingInput '{
  "matter": "历史遗留不动产登记问题特事特办", "reason": "群众办证诉求集中，需限期化解。", "riskPoints": "补办材料不全。", "preventionMeasures": "逐户核查，公示无异议后办理。",
  "decisionProcedure": {"collectiveStudy": true}, "specialHandling": true, "submittedOn": "2025-10-30", "implementationOn": "2025-10-25",
  "specialApprovals": [{"kind": "GOVERNMENT_CONSENT", "approvedBy": "北塘市人民政府", "approvedOn": "2025-10-20"},
                       {"kind": "UPPER_DEPARTMENT_APPROVAL", "approvedBy": "示范省自然资源厅", "approvedOn": "2025-10-28"}]}'
echo "ok"
