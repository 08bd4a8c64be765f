/**
 * Ways news English says the same thing, used at compile time to widen each claim's term groups:
 * when a group lists any entry of a set, it gains the whole set. General vocabulary of reporting on
 * talks, migration and rights, not phrasings of any one article.
 */
export const THESAURUS: string[][] = [
  ['meeting', 'meet', 'met', 'talks', 'talk', 'sit down', 'sat down', 'sits down', 'hold talks', 'held talks', 'session', 'discussions', 'negotiations', 'consultations', 'exchange', 'discuss', 'discussed', 'discussing', 'discussion'],
  ['invite', 'invitation', 'invited', 'asked to come', 'summoned', 'host', 'hosted'],
  ['urge', 'urged', 'call on', 'called on', 'press', 'pressed', 'pressing', 'push', 'pushed', 'lobby', 'lobbied', 'lean on', 'leaning on', 'demand', 'demanded', 'appeal', 'appealed'],
  ['countries', 'country', 'states', 'member states', 'governments', 'capitals', 'nations'],
  ['deport', 'deportation', 'return', 'returns', 'repatriate', 'repatriation', 'removal', 'remove', 'send back', 'sent back', 'expel', 'expulsion', 'readmission', 'send home', 'sent home', 'renvoi'],
  ['visa', 'visas', 'entry permit', 'entry clearance', 'travel permit', 'permission to enter'],
  ['issued', 'issue', 'granted', 'grant', 'handed', 'gave', 'give', 'approved', 'stamped', 'delivered'],
  ['valid', 'validity', 'good for', 'lasting', 'expire', 'expires'],
  ['technical', 'logistics', 'logistical', 'practical', 'operational', 'administrative'],
  ['criticism', 'criticise', 'criticize', 'condemn', 'condemned', 'denounce', 'denounced', 'backlash', 'outcry', 'object', 'objected', 'oppose', 'opposed'],
  ['rights groups', 'human rights groups', 'ngos', 'organisations', 'organizations', 'civil society', 'campaigners', 'advocacy groups'],
  ['petition', 'open letter', 'joint letter', 'signatories'],
  ['cancel', 'call off', 'called off', 'scrap', 'drop', 'abandon', 'abandoned'],
  ['taliban', 'taleban', 'islamic emirate', 'de facto authorities', 'afghan authorities', "kabul's rulers", "afghanistan's rulers"],
  ['delegation', 'delegates', 'envoys', 'emissaries', 'representatives'],
  ['preparing', 'prepare', 'getting ready', 'planning', 'considering', 'weighing', 'mulling', 'poised'],
  ['headquarters', 'hq', 'berlaymont', 'head office'],
  ['convicted', 'criminals', 'offenders', 'committed crimes', 'criminal records'],
  ['took power', 'seized power', 'returned to power', 'came to power', 'took kabul', 'takeover', 'took over', 'fall of kabul', 'retook'],
  ['recognition', 'recognise', 'recognize', 'recognised', 'recognized'],
  ['insist', 'insists', 'stress', 'stresses', 'maintain', 'maintains', 'argue', 'argues'],
];
