#!/usr/bin/env bash
# Replays README.md's clarification example (澄清正名) against a running server with the demo data:
#   scripts/clarification-example.sh http://localhost:4000/graphql
# Every step must answer in the state the README shows; each refusal it sends on purpose must come
# back with its code. Exits non-zero otherwise. Each run registers new clues, so it can be replayed.
# SHOW=1 prints every step's payload (to stderr).
set -euo pipefail
shopt -s inherit_errexit

URL=${1:?usage: scripts/clarification-example.sh <graphql url, e.g. http://localhost:4000/graphql>}
for tool in curl jq; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done

post() {
  local auth=() vars=${3:-}
  [[ -n $1 ]] && auth=(-H "authorization: Bearer $1")
  [[ -n $vars ]] || vars='{}'
  curl -sS "$URL" -H 'content-type: application/json' "${auth[@]}" -d "$(jq -nc --arg q "$2" --argjson v "$vars" '{query: $q, variables: $v}')"
}
gql() {
  local res
  res=$(post "$@") || exit 1
  jq -e '((.errors // []) | length == 0) and .data != null' >/dev/null <<<"$res" || { echo "GraphQL error: $res" >&2; exit 1; }
  jq -c .data <<<"$res"
}
refused() {
  local code=$1 res
  shift
  res=$(post "$@")
  [[ $(jq -r '.errors[0].extensions.code // "none"' <<<"$res") == "$code" ]] || { echo "expected $code, got: $res" >&2; exit 1; }
  echo "  refused as expected: $code"
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
# step NAME INPUT-TYPE TOKEN INPUT-JSON → the clarification, printed as "name: state vN"
SEL='clarification { id state version origin finding methods scope requestedOn openedOn cadreConsentedOn carriedOutOn closedOn dueOn availableEvents }'
step() {
  local data
  data=$(gql "$3" "mutation(\$input: $2!) { $1(input: \$input) { ${5:-$SEL} } }" "$(jq -nc --argjson i "$4" '{input: $i}')") || exit 1
  [[ -z ${SHOW:-} ]] || jq ".$1" <<<"$data" >&2
  echo "$1: $(jq -r ".$1.clarification | \"\(.state) v\(.version)\"" <<<"$data")" >&2
  jq -c ".$1.clarification" <<<"$data"
}
# a dismissed clue about CADRE (with REPORTER JSON or null) → the case id
dismissed() {
  local id
  id=$(gql "$INV" 'mutation($input: RegisterClueInput!) { registerClue(input: $input) { case { id } } }' "$(jq -nc --arg c "$CADRE" --argjson r "$1" '{input: {
    subjectCadreIds: [$c], clueSource: (if $r then "CITIZEN_REPORT" else "LEADER_INSTRUCTION" end), conductCategory: "MISCONDUCT", conductSituationCode: "ILLEGAL_INTERFERENCE",
    title: "违规干预工程招投标", summary: "反映其违规干预工程招投标。", clueReceivedOn: "2025-10-20", reporter: $r }}')" | jq -r .registerClue.case.id)
  gql "$INV" 'mutation($input: DismissInput!) { dismissCase(input: $input) { case { state } } }' \
    "$(jq -nc --arg id "$id" '{input: {caseId: $id, version: 1, reason: "经初步核实，反映问题失实，予以了结。"}}')" >/dev/null
  echo "$id"
}

INV=$(login bt.investigator)
SELF=$(login bt.cadre)
DEC=$(login bt.decider)
CADRE=$(gql "$SELF" '{ me { cadre { id } } }' | jq -r .me.cadre.id)

echo "== 北塘: on the cadre's application, a public statement, the accuser referred"
CASE_ID=$(dismissed '{"name": "钱某", "contact": "13811112222"}')
c=$(step applyForClarification ApplyForClarificationInput "$SELF" "$(jq -nc --arg id "$CASE_ID" '{caseId: $id,
  basicFacts: "本人在项目招标中依规履职，相关问题已经核实了结。", allegations: "反映本人违规干预工程招投标", sought: "请求在原传播范围内公开澄清", appliedOn: "2025-11-03"}')")
expect "$c" '.state == "APPLIED" and .origin == "APPLICATION" and .dueOn == "2025-11-10" and .availableEvents == ["ACCEPT", "REFUSE"]'
ID=$(jq -r .id <<<"$c")
ACCEPT='mutation($input: AcceptClarificationInput!) { acceptClarification(input: $input) { clarification { state version } } }'
refused NOT_ELIGIBLE_FOR_CLARIFICATION "$INV" "$ACCEPT" "$(jq -nc --arg id "$ID" '{input: {clarificationId: $id, version: 1, finding: "NOT_PROVEN_NOT_EXCLUDED", acceptedOn: "2025-11-05"}}')"
refused FORBIDDEN "$DEC" "$ACCEPT" "$(jq -nc --arg id "$ID" '{input: {clarificationId: $id, version: 1, finding: "UNTRUE", acceptedOn: "2025-11-05"}}')"
c=$(step acceptClarification AcceptClarificationInput "$INV" "$(jq -nc --arg id "$ID" '{clarificationId: $id, version: 1, finding: "UNTRUE", acceptedOn: "2025-11-05"}')")
expect "$c" '.state == "OPENED" and .finding == "UNTRUE" and .openedOn == "2025-11-05" and .dueOn == "2025-11-12"'
PLAN='mutation($input: PlanClarificationInput!) { planClarification(input: $input) { clarification { state version } } }'
refused CONSENT_REQUIRED "$INV" "$PLAN" "$(jq -nc --arg id "$ID" '{input: {clarificationId: $id, version: 2,
  methods: ["PUBLIC_STATEMENT", "WRITTEN_NOTICE"], scope: "原不实信息传播的网络平台及本地媒体", plannedOn: "2025-11-07"}}')"
c=$(step planClarification PlanClarificationInput "$INV" "$(jq -nc --arg id "$ID" '{clarificationId: $id, version: 2,
  methods: ["PUBLIC_STATEMENT", "WRITTEN_NOTICE"], scope: "原不实信息传播的网络平台及本地媒体", plannedOn: "2025-11-07", cadreConsentedOn: "2025-11-06"}')")
expect "$c" '.state == "PLANNED" and .cadreConsentedOn == "2025-11-06" and .dueOn == "2025-11-14"'
c=$(step carryOutClarification CarryOutClarificationInput "$INV" "$(jq -nc --arg id "$ID" '{clarificationId: $id, version: 3, carriedOutOn: "2025-11-12"}')")
expect "$c" '.state == "CARRIED_OUT" and .dueOn == "2025-11-19"'
c=$(step closeClarification CloseClarificationInput "$INV" "$(jq -nc --arg id "$ID" '{clarificationId: $id, version: 4, closedOn: "2025-11-14"}')")
expect "$c" '.state == "CLOSED" and .dueOn == null and .availableEvents == []'
c=$(step referFalseAccusation ReferFalseAccusationInput "$INV" "$(jq -nc --arg id "$ID" '{clarificationId: $id, version: 5,
  kind: "POLICE_JUDICIAL", recipient: "北塘市公安局", referredOn: "2025-11-17", basis: "经查，举报人捏造事实、恶意举报，涉嫌诬告陷害。"}')" \
  'clarification { state version referral { kind recipient referredOn } }')
expect "$c" '.version == 6 and .referral.kind == "POLICE_JUDICIAL"'
# The cadre reads the clarification; the referral and the case's reporter are null, FORBIDDEN on their paths.
own=$(post "$SELF" 'query($id: ID!) { clarification(id: $id) { state scope referral { kind } case { reporter { name } } } }' "$(jq -nc --arg id "$ID" '{id: $id}')")
expect "$own" '.data.clarification.referral == null and .data.clarification.case.reporter == null and ([.errors[].path | join(".")] == ["clarification.referral", "clarification.case.reporter"])'
if grep -q '钱某\|13811112222' <<<"$own"; then echo "the cadre saw the reporter: $own" >&2; exit 1; fi
echo "  the cadre sees neither the referral nor the reporter"

echo "== 北塘: ex officio, at a meeting"
CASE2=$(dismissed null)
c=$(step openClarification OpenClarificationInput "$INV" "$(jq -nc --arg id "$CASE2" --arg c "$CADRE" '{caseId: $id, cadreId: $c,
  finding: "UNFOUNDED", allegations: "反映其违规干预工程招投标", consultedOn: "2025-11-03", openedOn: "2025-11-04"}')")
expect "$c" '.state == "OPENED" and .origin == "EX_OFFICIO" and .dueOn == "2025-11-11"'
ID2=$(jq -r .id <<<"$c")
refused BAD_USER_INPUT "$INV" "$PLAN" "$(jq -nc --arg id "$ID2" '{input: {clarificationId: $id, version: 1, methods: ["MEETING"], scope: "所在单位干部职工大会", plannedOn: "2025-11-06"}}')"
c=$(step planClarification PlanClarificationInput "$INV" "$(jq -nc --arg id "$ID2" '{clarificationId: $id, version: 1, methods: ["MEETING", "WRITTEN_NOTICE"], scope: "所在单位干部职工大会", plannedOn: "2025-11-06"}')")
expect "$c" '.state == "PLANNED" and .dueOn == "2025-11-13"'
due=$(gql "$INV" '{ dueClarifications(within: 5, asOf: "2025-11-07") { dueOn workingDaysLeft overdue clarification { id state } } }')
expect "$due" '.dueClarifications | any(.clarification.id == $id and .dueOn == "2025-11-13" and .workingDaysLeft == 4)' --arg id "$ID2"
c=$(step carryOutClarification CarryOutClarificationInput "$INV" "$(jq -nc --arg id "$ID2" '{clarificationId: $id, version: 2, carriedOutOn: "2025-11-10"}')")
c=$(step closeClarification CloseClarificationInput "$INV" "$(jq -nc --arg id "$ID2" '{clarificationId: $id, version: 3, closedOn: "2025-11-11"}')")
expect "$c" '.state == "CLOSED"'
echo "ok"
