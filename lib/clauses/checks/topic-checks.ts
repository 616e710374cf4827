import { alias, both, charterChapter, exclusionList, exclusionReference, startTime, terms } from './builders';
import type { Check } from './types';
import { DATE } from './vocabulary';

const w = (...alternatives: string[]) => new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i');
const PERCENT = /\b\d+(?:[.,]\d+)?\s*(?:per cent|percent|%)|\b(?:one|two)[- ](?:third|half|quarter)s?\b|\bparity\b|\bequal numbers?\b/i;
const DISTANCE = /\b\d+(?:[.,]\d+)?\s*(?:kilometres?|kilometers?|km|metres?|meters?)\b/i;

/**
 * Topic-specific checklist items (`topic:item`), each with the element it looks for. An item that is
 * a general element under another name is an alias (cbm:timeframe = deadline); the others look for
 * their words in the grammatical role they must have — `prohibit` items only in a prohibition.
 * clauses:check rejects a checklist item that has no entry here or in the general checks.
 */
export const TOPIC_CHECKS: Record<string, Check> = {
  // Confidence-building measures
  'cbm:concrete_act': alias('action', 'The concrete act'),
  'cbm:reciprocity': terms(
    'Reciprocity',
    'reciprocal or equal obligations on both sides',
    w(
      'each Party',
      'both Parties',
      'reciproc\\w*',
      'mutual\\w*',
      'equal (?:numbers?|size|weight|terms|importance)',
      'simultaneous\\w*',
      'in pairs',
      'symmetric\\w*',
      'apply equally',
    ),
    'any',
  ),
  'cbm:timeframe': alias('deadline', 'Timeframe'),
  'cbm:verifier': alias('verification', 'Verifier'),
  'cbm:lists': terms('Lists', 'lists of the persons or items concerned', w('lists?', 'listed', 'register')),
  'cbm:technical_standard': terms(
    'Technical standard',
    'a named technical standard',
    w('International Mine Action Standards', 'international standards?', 'national (?:mine action )?standards', 'IMAS'),
  ),

  // Ceasefire
  'ceasefire:allied_forces': terms(
    'Allied forces',
    'allied militias and proxies within the scope',
    w('allied', 'militias?', 'proxies', 'auxiliar\\w*', 'support or acquiescence', 'under (?:its|their) (?:command|control|influence)'),
    'any',
  ),
  'ceasefire:cantonment_sites': terms(
    'Cantonment sites',
    'named cantonment or assembly sites',
    w('cantonment sites?', 'assembly (?:areas?|sites?)'),
  ),
  'ceasefire:child_recruitment': terms(
    'Child recruitment',
    'a prohibition on recruiting or using children',
    /\b(?:recruit\w*|use)\b[^.;]{0,60}\b(?:child(?:ren)?|under (?:the age of )?(?:18|eighteen|15|fifteen))\b|\b(?:persons?|children) under (?:the age of )?(?:18|eighteen)\b/i,
    'prohibit',
  ),
  'ceasefire:crsv': terms(
    'Conflict-related sexual violence',
    'a prohibition of sexual violence',
    w('sexual violence', 'rape', 'sexual slavery'),
    'prohibit',
  ),
  'ceasefire:disengagement_distances': both(
    'Disengagement distances',
    'a separation distance in kilometres',
    DISTANCE,
    w('withdraw\\w*', 'buffer zone', 'line of contact', 'distance'),
  ),
  'ceasefire:forces_bound': terms(
    'Forces bound',
    'the forces bound by the ceasefire',
    w('forces', 'armed personnel', 'units', 'formations?', 'militias?'),
    'any',
  ),
  'ceasefire:freedom_of_movement': terms(
    'Freedom of movement',
    'freedom of movement and access for monitors',
    w('freedom of movement', 'unrestricted (?:access|movement)', 'unimpeded', 'without (?:prior )?notice'),
    'any',
  ),
  'ceasefire:maps': terms('Maps', 'agreed maps or geographic coordinates', w('maps?', 'coordinates', 'grid references')),
  'ceasefire:monitoring_mandate': terms('Monitoring mandate', "the monitoring body's mandate", w('mandate', 'tasks?', 'functions?'), 'any'),
  'ceasefire:monitoring_members': terms(
    'Monitoring members',
    'who sits on the monitoring body',
    w('consist\\w* of', 'compos\\w*', 'members?', 'representatives?', 'chair\\w*'),
    'any',
  ),
  'ceasefire:prohibited_acts': both(
    'Prohibited acts',
    'a list of acts the forces must refrain from',
    w('refrain\\w*', 'shall not', 'prohibit\\w*', 'commit none'),
    w('attacks?', 'movement', 'recruit\\w*', 'resupply'),
  ),
  'ceasefire:start_time': startTime('Start date and hour'),
  'ceasefire:termination_notice': both(
    'Termination notice',
    'a notice period before termination',
    w('terminat\\w*', 'suspend\\w*', 'renew\\w*'),
    w('notice', 'notif\\w*'),
  ),
  'ceasefire:non_signatories': terms(
    'Groups outside the ceasefire',
    'how armed groups that are not Parties are treated',
    w('not a Party', 'outside the ceasefire', 'non-signator\\w*', 'designated', 'listed'),
    'any',
  ),
  'ceasefire:joint_patrols': terms('Joint patrols', 'joint or mixed patrols', w('joint patrols?', 'mixed patrols?', 'joint patrol teams?')),
  'ceasefire:resupply': terms('Resupply', 'what resupply is allowed and how it moves', w('resuppl\\w*', 'convoys?'), 'any'),
  'ceasefire:air_maritime': terms(
    'Air and maritime rules',
    'rules for aircraft, drones and vessels',
    w('aircraft', 'drones?', 'vessels?', 'flights?', 'maritime'),
    'any',
  ),
  'ceasefire:pause_terms': both('Terms of the pause', 'the area, start and end of the pause', w('pauses?'), w('start', 'end time', 'area')),
  'ceasefire:violation_escalation': terms(
    'Escalation of violations',
    'steps for handling violations',
    w('violations?', 'breach\\w*'),
    'any',
  ),

  // DDR
  'ddr:benefits': terms(
    'Benefits',
    'the benefits participants receive',
    w(
      'benefits?',
      'package',
      'allowance',
      'grants?',
      'pension',
      'kit',
      'livelihood',
      'training',
      'medical (?:treatment|care)',
      'rehabilitation',
    ),
  ),
  'ddr:declared_numbers': both(
    'Declared numbers',
    'a declaration of numbers of personnel and weapons',
    w('declar\\w*', 'estimate'),
    w('numbers?', 'total', 'inventory', 'strength'),
  ),
  'ddr:eligibility': terms(
    'Eligibility',
    'who is eligible for the programme',
    w('eligib\\w*', 'criteria', 'under (?:the age of )?(?:18|eighteen)', 'in any role', 'whatever their role', 'on equal terms'),
    'any',
  ),
  'ddr:intended_outcome': terms(
    'Intended outcome',
    'what the programme shall achieve',
    w('aim\\w*', 'objective', 'achieve', 'outcome', 'purpose'),
  ),
  'ddr:international_role': terms(
    'International role',
    'the role of international partners',
    w('request \\S+ to', 'international', 'United Nations', 'mission', 'donors?', 'partners?'),
  ),
  'ddr:links_amnesty': terms(
    'Link to amnesty',
    'how DDR relates to amnesty and transitional justice',
    w('amnesty', 'transitional justice', 'immunity'),
    'any',
  ),
  'ddr:links_elections': terms('Link to elections', 'how DDR relates to elections', w('elections?', 'electoral'), 'any'),
  'ddr:links_ssr': terms(
    'Link to SSR',
    'how DDR relates to integration and security sector reform',
    w('security sector reform', 'integrat\\w*', 'security forces'),
    'any',
  ),
  'ddr:national_commission': terms(
    'National commission',
    'the national body that runs the programme',
    w('National DDR Commission', 'national (?:body|commission)'),
  ),
  'ddr:political_party': terms(
    'Political party',
    "the movement's transformation into a registered political party",
    w('political party', 'register\\w*'),
  ),
  'ddr:repatriation': terms(
    'Repatriation',
    'the voluntary return of foreign combatants, with protection against refoulement',
    w('repatriat\\w*'),
  ),
  'ddr:militias': terms(
    'Militias raised by the state',
    'the disbanding of militias and auxiliary forces raised or supported by the state',
    w('militias?', 'self-defence groups?', 'auxiliar\\w*', 'paramilitar\\w*'),
    'any',
  ),
  'ddr:phases': terms('Phases', 'the phases of the process', w('phases?', 'stages?', 'registration', 'discharge')),
  'ddr:reintegration': terms(
    'Reintegration',
    'reintegration support',
    w('reintegrat\\w*', 'employment', 'livelihoods?', 'vocational training'),
  ),
  'ddr:sites': terms('Sites', 'named sites', w('sites?', 'locations?')),
  'ddr:special_groups': terms(
    'Special groups',
    'measures for children, women, girls or persons with disabilities',
    w('child(?:ren)?', 'girls?', 'women', 'disabilit\\w*'),
  ),
  'ddr:weapons_destruction': terms('Weapons destruction', 'destruction of collected weapons', w('destroy\\w*', 'destruction')),
  'ddr:weapons_storage': terms(
    'Weapons storage',
    'secure storage of collected weapons',
    w('stor\\w*', 'containers?', 'dual-key', 'custody'),
  ),
  'ddr:weapons_verification': terms(
    'Weapons verification',
    'verification of weapons handed over',
    w('verif\\w*', 'certif\\w*', 'inventory', 'register\\w*'),
  ),

  // Gender and protection
  'gen:command_orders': terms(
    'Command orders',
    'orders issued through the chain of command',
    w('orders?', 'command\\w*', 'code of conduct'),
  ),
  'gen:consultation': terms('Consultation', "consultation of women's organisations", w('consult\\w*')),
  'gen:crsv_prohibition': terms(
    'Prohibition of sexual violence',
    'a prohibition of conflict-related sexual violence',
    w('sexual violence', 'rape'),
    'prohibit',
  ),
  'gen:eligibility': terms(
    'Eligibility of women and girls',
    'eligibility that does not depend on a weapon or a combat role',
    w('in any role', 'support roles?', 'whatever their role', 'not (?:depend|be limited)[^.;]{0,40}weapon', 'eligib\\w*'),
    'any',
  ),
  'gen:facilities': terms(
    'Facilities',
    'separate and safe facilities and services',
    w('separate', 'facilities', 'accommodation', 'childcare'),
  ),
  'gen:participation_target': both('Participation target', 'a share of women as a number or percentage', PERCENT, w('women')),
  'gen:recruitment_target': both('Recruitment target', 'a target for recruiting women', PERCENT, w('recruit\\w*', 'women')),
  'gen:survivor_services': terms('Survivor services', 'medical, psychosocial and legal services for survivors', w('survivors?')),

  // Implementation
  'imp:accession': terms('Accession', 'how a group that is not a Party joins', w('accede\\w*', 'accession', 'join\\w*')),
  'imp:entry_into_force': terms(
    'Entry into force',
    'when the agreement takes effect',
    w('enter into force', 'entry into force', 'take effect'),
    'any',
  ),
  'imp:legal_status': terms(
    'Legal status',
    'how the agreement binds and is given legal effect',
    w('binding', 'legal effect', 'special agreement', 'incorporat\\w*'),
    'any',
  ),
  'imp:authentic_texts': terms('Authentic texts', 'which language versions are authentic', w('authentic', 'equally valid'), 'any'),
  'imp:amendment': terms('Amendment', 'how the agreement is amended', w('amend\\w*'), 'any'),
  'imp:access': terms('Access', 'access for the verifiers', w('access', 'freedom of movement')),
  'imp:audit': terms('Audit', 'independent audit', w('audit\\w*')),
  'imp:composition': terms('Composition', 'who sits on the body', w('compos\\w*', 'consist\\w* of', 'representatives?', 'members?'), 'any'),
  'imp:conditionality': terms(
    'Conditions between phases',
    'what must be completed before a phase begins',
    w('only when', 'conditions?', 'preconditions?', 'before it begins', 'essential steps?'),
    'any',
  ),
  'imp:decision_rule': terms(
    'Decision rule',
    'how decisions are taken (consensus, majority, casting vote)',
    w('consensus', 'majority', 'unanim\\w*', 'casting vote', 'shall decide'),
    'any',
  ),
  'imp:dissemination': terms('Dissemination', 'dissemination of the text', w('disseminat\\w*', 'publish\\w*', 'languages?', 'brief\\w*')),
  'imp:escalation': alias('disputes', 'Escalation'),
  'imp:feedback': terms(
    'Public feedback',
    'a channel for questions and complaints from the public',
    w('complaints?', 'questions', 'feedback'),
  ),
  'imp:governance': terms('Governance', 'who approves allocations', w('steering committee', 'approve\\w*', 'governance', 'board')),
  'imp:matrix': terms('Implementation matrix', 'a matrix or timetable of obligations', w('matrix', 'timetable')),
  'imp:meetings': terms('Meetings', 'how often the body meets', w('meet\\w*'), 'any'),
  'imp:methods': terms(
    'Verification methods',
    'how verification is done',
    w('inspections?', 'interviews?', 'technical means', 'review of declarations', 'surveillance', 'site visits?'),
  ),
  'imp:question': terms('Referendum question', 'the question put to voters', w('question'), 'any'),
  'imp:rejection_consequences': terms(
    'If the agreement is rejected',
    'what happens after a "no" vote',
    w('rejected', 'rejection', 'whatever the result', 'if the Agreement is not approved'),
    'any',
  ),
  'imp:review': terms('Review', 'periodic review of implementation', w('review\\w*')),
  'imp:threshold': terms(
    'Approval threshold',
    'the majority needed for approval',
    w('simple majority', 'absolute majority', 'qualified majority', 'two-thirds', 'majority of (?:valid )?votes'),
    'any',
  ),
  'imp:windows': terms('Funding windows', 'separate windows or ring-fenced lines', w('windows?', 'ring-fenced')),
  'imp:witness_role': terms('Role of witnesses', 'what signing as a witness means', w('witness\\w*'), 'any'),
  'imp:guarantor_obligations': terms("Guarantors' undertakings", 'what the guarantors undertake', w('undertak\\w*', 'guarant\\w*')),

  // Integration
  'integration:incentives': terms(
    'Incentives',
    'what rewards timely participation',
    w('incentives?', 'benefits', 'pay', 'seniority', 'promotion'),
  ),
  'integration:individuals_or_units': terms(
    'Individuals or units',
    'whether members enter as individuals or as formed units',
    w('as individuals', 'individually', 'formed units?', 'as units'),
  ),
  'integration:interim_command': terms(
    'Interim command',
    'the command arrangements during the transition',
    w('command', 'chain of command', 'joint command', 'co-commanders?'),
  ),
  'integration:pay_parity': terms(
    'Pay parity',
    'equal pay and conditions',
    w('same salar\\w*', 'parity', 'equal pay', 'same (?:pay|conditions)'),
  ),
  'integration:phased_timeline': terms(
    'Phased timeline',
    'phases with a deadline',
    w('phases?', 'transitional period', 'midpoint', 'by the end of'),
  ),
  'integration:quotas': both(
    'Quotas',
    'an agreed proportion at each rank level',
    PERCENT,
    w('positions?', 'rank', 'command posts?', 'personnel'),
  ),
  'integration:rank_criteria': terms(
    'Rank criteria',
    'published criteria for assigning rank',
    w('criteria', 'on the basis of', 'assessments?', 'testing'),
  ),
  'integration:retained_force': terms(
    'Retained force',
    'the civilian mandate and limits of a retained or civil protection force',
    w('civil protection', 'civilian tasks', 'disaster', 'no powers of arrest'),
    'any',
  ),
  'integration:police': terms(
    'Police integration',
    'entry into the civilian police through the police academy, on the same standards as other recruits',
    w('police academy', 'academy', 'police training'),
  ),
  'integration:surplus': terms(
    'Surplus personnel',
    'options for personnel above the ceiling',
    w('surplus', 'ceiling', 'retirement', 'reduction'),
  ),
  'integration:training': terms('Training', 'training before deployment', w('train\\w*')),
  'integration:vetting': terms('Vetting', 'vetting of candidates', w('vet', 'vets', 'vett\\w*', 'screen\\w*')),

  // Mine action
  'ma:cessation': terms(
    'Cessation of use',
    'a prohibition on laying mines',
    w('lay\\w*', 'use', 'emplacement', 'produce', 'renounce'),
    'prohibit',
  ),
  'ma:clearance_standard': terms(
    'Clearance standard',
    'a named clearance standard',
    w('International Mine Action Standards', 'national mine action standards', 'international standards?'),
  ),
  'ma:land_release': terms(
    'Land release',
    'certified release of cleared land',
    w('released?', 'release certificat\\w*', 'land-release', 'handed over'),
  ),
  'ma:marking': terms('Marking', 'marking and fencing of hazardous areas', w('mark\\w*', 'fenc\\w*')),
  'ma:non_discrimination': terms(
    'Non-discrimination',
    'assistance without discrimination',
    w('without discrimination', 'non-discrimination', 'on equal terms', 'regardless'),
    'any',
  ),
  'ma:records': terms('Records', 'records and maps of hazardous areas', w('records?', 'maps?')),
  'ma:risk_education': terms('Risk education', 'risk education for affected people', w('risk education')),
  'ma:stockpile_destruction': terms('Stockpile destruction', 'declaration and destruction of stockpiles', w('destroy\\w*', 'destruction')),
  'ma:victim_assistance': terms(
    'Victim assistance',
    'medical care, rehabilitation and support for survivors',
    w('medical care', 'rehabilitation', 'assistance', 'psychosocial'),
  ),
  'ma:national_authority': terms(
    'National authority',
    'a national authority that regulates and coordinates mine action',
    w('national mine action (?:authority|centre|center)', 'national authority'),
  ),

  // Peacekeeping
  'pko:accountability': terms(
    'Accountability',
    'accountability for misconduct by mission personnel',
    w('misconduct', 'investigate and prosecute', 'accountab\\w*', 'sexual exploitation'),
  ),
  'pko:authorising_body': terms(
    'Authorising body',
    'the body that authorises the mission',
    w('Security Council', 'authoris\\w*', 'mandate', 'regional organisation'),
    'any',
  ),
  'pko:chapter': charterChapter('Chapter VI or VII'),
  'pko:composition': terms('Composition', "the mission's components", w('military', 'police', 'civilian'), 'any'),
  'pko:consent': terms('Consent', 'the consent of the host state and of the armed movement', w('consent\\w*'), 'any'),
  'pko:duration': both(
    'Duration',
    'an initial mandate period',
    w('initial period', 'period', 'duration', 'remain deployed'),
    w('renew\\w*', 'months?', 'benchmarks?'),
  ),
  'pko:exit_benchmarks': terms('Exit benchmarks', 'benchmarks that govern drawdown', w('benchmarks?')),
  'pko:freedom_of_movement': terms(
    'Freedom of movement',
    'freedom of movement of the mission',
    w('freedom of movement', 'unrestricted'),
    'any',
  ),
  'pko:funding': alias('funding', 'Funding of the mission'),
  'pko:rules_of_engagement': terms('Rules of engagement', 'who sets the rules of engagement', w('rules of engagement')),
  'pko:size': both('Size', 'the requested strength', w('strength', 'personnel', 'size'), /\bup to\b|\bnot fewer than\b|\bof\s+▢|\d/i),
  'pko:sofa': terms(
    'Status-of-forces agreement',
    'a status-of-forces or status-of-mission agreement',
    w('status-of-forces', 'status-of-mission', 'status of forces'),
  ),
  'pko:tasks': terms('Tasks', 'the tasks requested', w('tasks?', 'monitor\\w*', 'protect\\w*')),
  'pko:use_of_force': terms(
    'Use of force',
    'when the mission may use force',
    w('use (?:of )?force', 'self-defence', 'all necessary means'),
    'any',
  ),

  // Protection of civilians and children
  'poc:age_verification': terms('Age verification', 'how age is established', w('age', 'under (?:the age of )?(?:18|eighteen)')),
  'poc:children_release': terms('Release of children', 'the release of children from the ranks', w('release\\w*', 'hand\\w* over')),
  'poc:command_orders': terms('Command orders', 'orders to the forces', w('orders?', 'instruct\\w*', 'command\\w*')),
  'poc:investigation': terms('Investigation', 'investigation of violations', w('investigat\\w*')),
  'poc:prohibited_acts': terms(
    'Prohibited acts',
    'acts against civilians the forces must not commit',
    w('attack\\w*', 'threaten\\w*', 'reprisals?', 'displace\\w*'),
    'prohibit',
  ),
  'poc:reintegration': terms(
    'Reintegration of children',
    "support for children's return and reintegration",
    w('reintegrat\\w*', 'reunif\\w*', 'families', 'education'),
  ),
  'poc:voluntary_return': terms(
    'Voluntary return',
    'return that is voluntary, safe and dignified, with local integration or resettlement as alternatives',
    w('voluntar\\w*'),
  ),
  'poc:property': terms('Property', 'restitution of property or compensation', w('restitution', 'propert(?:y|ies)', 'housing, land')),

  // Related threats
  'rt:border': terms('Border management', 'who manages the border and its crossing points', w('borders?', 'crossing points?')),
  'rt:pmsc': terms(
    'Private military and security companies',
    'rules for private military and security companies',
    /\bprivate (?:military|security|military or security) compan\w*|\bcontractors?\b/i,
    'any',
  ),

  // Security guarantees
  'sg:non_interference': terms(
    'Non-interference',
    'undertakings not to seek or give support for armed activity across borders',
    /\b(?:not to (?:seek|accept|use|allow|support|harbour|host|arm|finance|tolerate)|refrain\w* from (?:supporting|harbouring|hosting|arming|financing)|interfer\w*|support (?:to|for) armed groups)\b/i,
    'any',
  ),
  'sg:local_committees': terms(
    'Local security committees',
    'local committees where authorities, communities and former combatants discuss security',
    w('local security committees?', 'district security committees?', 'committees?'),
  ),

  // SALW
  'salw:embargo': terms(
    'Embargo and transfers',
    'rules on arms imports, transfers and brokering',
    w('embargo\\w*', 'transfers?', 'imports?', 'brokering'),
    'any',
  ),
  'salw:collection': terms('Collection', 'handover at collection points', w('hand\\w* over', 'collect\\w*')),
  'salw:destruction': terms('Destruction', 'destruction of collected weapons', w('destroy\\w*', 'destruction')),
  'salw:inventory': terms('Inventory', 'an inventory or declaration of holdings', w('inventor\\w*', 'declaration', 'declare', 'count')),
  'salw:marking': terms('Marking', 'unique marking of weapons', w('mark\\w*')),
  'salw:possession_law': terms('Possession law', 'a law on civilian possession', w('possession', 'licen[cs]\\w*')),
  'salw:registry': terms('Registry', 'a registry of weapons', w('registry', 'register\\w*', 'records?')),
  'salw:stockpile_security': terms(
    'Stockpile security',
    'security standards for stockpiles',
    w('secure', 'security', 'access control', 'dual-key'),
  ),

  // SSR
  'ssr:benchmarks': terms('Benchmarks', 'measurable benchmarks', w('benchmarks?', 'indicators?', 'targets?')),
  'ssr:budget_transparency': terms(
    'Budget transparency',
    'transparent, audited security budgets',
    w('budgets?', 'audit\\w*', 'expenditure', 'accounts'),
  ),
  'ssr:force_size': terms(
    'Force size',
    'a reduction or ceiling on the strength of the forces',
    w('reduc\\w*', 'ceilings?', 'downsiz\\w*', 'strength'),
  ),
  'ssr:depoliticisation': terms(
    'Political neutrality',
    'a bar on partisan political activity by members of the security forces',
    w('political part(?:y|ies)', 'partisan', 'political activit\\w*', 'election campaign\\w*'),
    'any',
  ),
  'ssr:military_justice': terms(
    'Jurisdiction of military courts',
    'military courts confined to military offences, with human rights violations and civilians before the ordinary courts',
    w('ordinary courts?', 'civilian courts?'),
  ),
  'ssr:ombudsperson': terms(
    'Ombudsperson',
    'an independent office that receives complaints from members of the forces',
    w('ombudsperson', 'inspector[- ]general', 'commissioner for the armed forces'),
  ),
  'ssr:security_council': terms(
    'National security council',
    'a national security council or equivalent that sets security policy under civilian leadership',
    w('national security (?:council|policy|strategy)'),
  ),
  'ssr:end_state': terms(
    'End state',
    'the end state the security arrangements aim at',
    w('end state', 'monopoly of force', 'civilian control', 'national ownership'),
    'any',
  ),
  'ssr:human_rights_training': terms('Human rights training', 'training in human rights', w('human rights')),
  'ssr:laws_to_amend': terms(
    'Laws to amend',
    'the law to be adopted or amended',
    /\b(?:[Ll]aws?|[Ss]tatutes?|[Ll]egislation|[Aa]mendments?|[Aa]mend\w*|[Dd]ecrees?)\b|\b[A-Z][\w-]+ Act\b/,
    'any',
  ),
  'ssr:lead_ministry': terms('Lead ministry', 'the ministry in charge', w('Ministry', 'minister')),
  'ssr:oversight': terms(
    'Oversight',
    'oversight by the legislature, courts or independent bodies',
    w(
      'oversight',
      'oversee\\w*',
      'legislature',
      'parliament\\w*',
      'accountab\\w*',
      'independent',
      'review\\w*',
      'complaints?',
      'monitor\\w*',
    ),
  ),
  'ssr:representativeness': terms(
    'Representativeness',
    'a workforce that reflects the population',
    w('reflect\\w*', 'represent\\w*', 'diversity', 'women'),
  ),
  'ssr:role_separation': terms(
    'Separation of roles',
    'the distinct role of each force',
    w('external', 'internal', 'distinct', 'shall not perform', 'roles?', 'limited to', 'powers of arrest'),
    'any',
  ),
  'ssr:statutory_mandate': terms('Statutory mandate', 'a mandate set by law', w('established by', 'by law', 'mandate')),
  'ssr:vetting': terms('Vetting', 'vetting of recruits', w('vet', 'vets', 'vett\\w*', 'screen\\w*')),

  // Transitional justice
  'tj:acknowledgment': terms('Acknowledgment', 'public acknowledgment by the Parties', w('acknowledg\\w*', 'apolog\\w*')),
  'tj:archives': terms('Archives', 'the preservation of and access to records', w('archives?', 'records?')),
  'tj:court_cooperation': terms(
    'Cooperation with courts',
    'cooperation with national and international courts',
    w('cooperat\\w*', 'surrender\\w*', 'requests? (?:for|from)'),
  ),
  'tj:acts_covered': terms('Acts covered', 'the acts the amnesty covers', w('offences?', 'acts committed', 'rebellion', 'sedition'), 'any'),
  'tj:beneficiaries': terms('Beneficiaries', 'who benefits', w('benefi\\w*', 'persons', 'victims'), 'any'),
  'tj:composition': terms('Composition', 'who sits on the body', w('compos\\w*', 'consist\\w*', 'members?', 'judges'), 'any'),
  'tj:conditions': terms(
    'Conditions',
    'conditions attached to the amnesty',
    w('only where', 'conditional', 'conditions?', 'provided that'),
  ),
  'tj:criteria': terms('Criteria', 'the criteria applied', w('criteria', 'serious grounds', 'unsuitable'), 'any'),
  'tj:cutoff_date': both('Cut-off date', 'a cut-off date for the acts covered', w('before', 'cut-off', 'committed', 'between'), DATE),
  'tj:deciding_body': alias('responsible_body', 'Deciding body'),
  'tj:disclosure': terms('Disclosure', 'disclosure of what each Party knows', w('provide', 'disclos\\w*', 'information')),
  'tj:due_process': terms('Due process', 'notice, hearing, reasons and appeal', w('hearing', 'appeal', 'notice', 'reasoned')),
  'tj:exclusions': exclusionList('Exclusions from amnesty'),
  'tj:exclusions_reference': exclusionReference('Excluded crimes kept out'),
  'tj:families': terms('Families', 'the rights and involvement of families', w('famil\\w*')),
  'tj:follow_up': terms('Follow-up', 'follow-up of recommendations', w('recommendations', 'follow-up', 'implementation of its')),
  'tj:forensics': terms('Forensics', 'forensic recovery and identification', w('forensic\\w*', 'identif\\w*', 'exhum\\w*')),
  'tj:forms': terms(
    'Forms of reparation',
    'the forms of reparation',
    w('compensation', 'restitution', 'rehabilitation', 'symbolic'),
    'any',
  ),
  'tj:fund': terms('Fund', 'a fund and its financing', w('Fund', 'fund', 'financed')),
  'tj:jurisdiction': terms('Jurisdiction', 'the crimes and period within jurisdiction', w('jurisdiction', 'primacy'), 'any'),
  'tj:lists': terms('Lists', 'lists of the persons held', w('lists?')),
  'tj:memorialisation': terms('Memorialisation', 'memorials and remembrance', w('memorials?', 'remembrance', 'commemorat\\w*')),
  'tj:participation': terms('Participation', "victims' participation", w('participat\\w*', 'consulted', 'standing', 'represented')),
  'tj:period': both('Period of inquiry', 'the period under inquiry', w('between', 'since', 'from'), DATE),
  'tj:posts': terms('Posts', 'the posts subject to vetting', w('posts?', 'officers', 'judges', 'member of'), 'any'),
  'tj:powers': terms('Powers', "the body's powers", w('powers?', 'may take', 'require access', 'compel'), 'any'),
  'tj:protection': terms('Protection', 'protection of victims and witnesses', w('protect\\w*')),
  'tj:revocation': terms('Revocation', 'grounds and procedure for revocation', w('revok\\w*', 'revocation')),
  'tj:sanctions': terms(
    'Sanctions',
    'the sanctions or penalties imposed or lifted',
    w('sanctions?', 'sentences?', 'penalt(?:y|ies)', 'imprisonment', 'restriction of liberty', 'criminal records?', 'warrants?'),
    'any',
  ),
  'tj:selection': terms('Selection', 'how members are selected', w('selection', 'appointed', 'nominat\\w*', 'chosen')),
  'tj:timeline': alias('deadline', 'Timeline'),
  'tj:verifier': alias('verification', 'Verifier'),
};
