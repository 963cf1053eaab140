import type { ItemCategory, ItemCondition, ReturnOptionId } from '../pack/schema';

/**
 * The words prefillOrderFacts looks for, as data. Patterns run on folded text (ASCII lower-cased,
 * full-width digits and curly apostrophes made plain, one code unit for one so offsets stay exact).
 * English patterns are wrapped in word boundaries; Japanese ones are not (no spaces between words).
 * Lists are deliberately short: a missed fact is typed in a second, a wrong one misleads.
 */
export type Cue<V> = readonly [pattern: string, value: V];

export interface LanguageCues {
  condition: Cue<ItemCondition>[];
  request: Cue<ReturnOptionId>[];
  category: Cue<ItemCategory>[];
  gift: Cue<true>[];
}

const each = <V>(value: V, patterns: string[]): Cue<V>[] => patterns.map((p) => [p, value] as const);

export const EN_CUES: LanguageCues = {
  condition: [
    ...each<ItemCondition>('damaged', [
      '(?:arrived|came|showed up) (?:completely |totally )?(?:broken|damaged|cracked|smashed|shattered|dented|crushed)',
      'broken', 'cracked', 'smashed', 'shattered', 'dented', 'crushed', 'damaged', 'chipped', 'torn', 'ripped',
    ]),
    ...each<ItemCondition>('defective', [
      'stopped working', 'quit working', "(?:won't|will not|doesn't|does not|didn't|did not) (?:turn|power|switch) on",
      "(?:won't|will not|doesn't|does not) (?:charge|work)", "(?:isn't|is not|wasn't|was not|not) working",
      'no longer works', 'defective', 'faulty', 'malfunctioning', 'dead on arrival',
    ]),
    ...each<ItemCondition>('wrong-item', [
      'wrong (?:size|colou?r|item|product|model|one|order|thing|style|version|shoes?|shirt)',
      "(?:not|isn't|wasn't|is not|was not) what i (?:ordered|bought|paid for)",
      'different (?:item|product|size|colou?r|model) (?:than|from) (?:what )?i ordered', "someone else's order",
    ]),
    ...each<ItemCondition>('unopened', [
      'never (?:been )?opened', 'unopened', 'still sealed', 'factory sealed', 'still in (?:its|the) (?:original )?(?:sealed )?(?:shrink ?wrap|seal)',
      "(?:haven't|have not|hasn't|has not|didn't|did not) (?:even )?(?:been )?open(?:ed)?(?: it| them| the box| the package)?",
    ]),
    ...each<ItemCondition>('opened', [
      'opened (?:it|them|the (?:box|package|packaging|item|bottle|jar|bag|seal))', '(?:i|we) opened', '(?:have|had) opened',
      'unboxed', 'tried (?:it|them) on', 'took (?:it|them) out of the (?:box|packaging)', '(?:broke|broken) the seal',
      'seal (?:is|was) broken',
    ]),
    ...each<ItemCondition>('used', [
      'used (?:it|them|this|these)', "(?:i've|i have|we've|we have) used", '(?:worn|wore) (?:it|them)', 'washed (?:it|them)',
    ]),
  ],
  request: [
    ...each<ReturnOptionId>('refund', ['refund', 'money back', 'reimburse(?:ment|d)?']),
    ...each<ReturnOptionId>('exchange', ['exchange(?! rate)', 'swap (?:it|them|this)', 'swap']),
    ...each<ReturnOptionId>('replacement', [
      'replacement', 'replace (?:it|them|this|the item)', '(?:send|ship) (?:me )?(?:another|a new one|a new)',
    ]),
    ...each<ReturnOptionId>('store-credit', ['store credit', 'account credit', 'credit (?:on|to) my account']),
  ],
  category: [
    ...each<ItemCategory>('apparel', [
      't-?shirts?', 'shirts?', 'dress(?:es)?', 'shoes?', 'sneakers', 'boots', 'jackets?', 'coats?', 'jeans', 'pants', 'trousers',
      'sweaters?', 'hoodies?', 'skirts?', 'socks', 'blouses?', 'leggings',
    ]),
    ...each<ItemCategory>('electronics', [
      'headphones', 'earbuds', 'headset', 'chargers?', 'laptops?', 'tablets?', 'cameras?', 'keyboards?', 'monitors?',
      'smartwatch(?:es)?', 'bluetooth speakers?', 'coffee maker', 'kettle', 'blender',
    ]),
    ...each<ItemCategory>('home', [
      'lamps?', 'mugs?', 'coffee mugs?', 'coffee table', 'sofas?', 'couch', 'chairs?', 'pillows?', 'blankets?', 'plates?',
      'bowls?', 'vases?', 'towels?', 'curtains', 'rugs?', 'frying pan', 'cushions?',
    ]),
    ...each<ItemCategory>('beauty', [
      'lipsticks?', '(?<!ice )cream(?![- ]colou?r)', 'shampoo', 'conditioner', 'lotion', 'serum', 'mascara', 'perfume',
      'moisturi[sz]er', 'makeup', 'nail polish',
    ]),
    ...each<ItemCategory>('food', ['coffee(?: beans)?', 'snacks?', 'tea', 'chocolates?', 'cookies', 'candy', 'ice cream']),
  ],
  gift: each<true>(true, [
    '(?:a|as a|was a|is a|it\'s a) (?:birthday |christmas |wedding )?(?:gift|present)(?! card| certificate| receipt)',
    'gifted', '(?:birthday|christmas|wedding) present',
  ]),
};

export const JA_CUES: LanguageCues = {
  condition: [
    ...each<ItemCondition>('damaged', [
      '破損', '割れて', '割れた', '[ひヒ]びが入', '欠けて', '欠けた', '壊れて', '壊れた', '[へ凹]こんで', '凹んで',
      '傷が[付つ]い', '[キ傷]ズが[付つ]い', '破れて',
    ]),
    ...each<ItemCondition>('defective', [
      '動かない', '動きません', '動かなく', '作動しな', '作動しません', '故障', '不良品', '初期不良', '不具合',
      '電源が入らな', '電源が入りません', '充電できな', '充電できません', '音が出な', '音が出ません',
    ]),
    ...each<ItemCondition>('wrong-item', [
      '違う商品', '別の商品', '異なる商品', '注文(?:した(?:もの|商品))?と違', '頼んだ(?:もの|商品)と違', 'サイズが違', '色が違',
      'カラーが違', '間違った商品', '商品が間違', '誤配送', '誤った商品',
    ]),
    ...each<ItemCondition>('unopened', [
      '未開封', '開封して(?:い|お)(?:らず|りません|ません|ない)', '開けて(?:い|お)(?:らず|りません|ません|ない)', '封を切って(?:い|お)(?:ません|ない|りません)',
    ]),
    ...each<ItemCondition>('opened', [
      '開封済', '開封した', '開封しました', '開封後', '開封してしま', '開けてしま', '開けました', '開けた', '試着した', '試着しました', '試着して',
    ]),
    ...each<ItemCondition>('used', [
      '使用した', '使用しました', '使用済', '使いました', '使った', '使ってしま', '使ってみ', '着用した', '着用しました', '一度使',
      '数回使', '洗濯した', '洗濯しました', '着てみ', '履いてみ', '履きました',
    ]),
  ],
  request: [
    ...each<ReturnOptionId>('store-credit', ['ポイントで(?:の)?(?:返金|返還|対応)', 'ポイント返還', 'クーポンで(?:の)?(?:返金|対応)']),
    ...each<ReturnOptionId>('refund', ['返金', '払い戻し', '払い戻']),
    ...each<ReturnOptionId>('exchange', ['交換']),
    ...each<ReturnOptionId>('replacement', [
      '代わりの(?:商品|品|もの)', '代替品', '新しい(?:もの|商品|品)を(?:送|発送)', '再送', '送り直',
    ]),
  ],
  category: [
    ...each<ItemCategory>('apparel', [
      '(?<![克])服(?!用)', 'シャツ', 'ワンピース', 'ズボン', 'パンツ', 'スカート', '靴', 'スニーカー', 'ブーツ', 'ジャケット', 'コート', 'セーター', 'パーカー',
    ]),
    ...each<ItemCategory>('electronics', [
      'イヤホン', 'ヘッドホン', 'ヘッドフォン', '充電器', 'パソコン', 'ノートPC', 'タブレット', 'カメラ', 'キーボード', 'モニター', 'スマートウォッチ',
      'コーヒーメーカー', '電気ケトル',
    ]),
    ...each<ItemCategory>('home', ['マグカップ', '食器', 'お皿', '花瓶', 'ソファ', 'ランプ', '照明', 'クッション', '布団', 'タオル', 'カーテン']),
    ...each<ItemCategory>('beauty', ['化粧品', '口紅', '(?<!ク)リップ', 'シャンプー', 'コンディショナー', '化粧水', '乳液', '美容液', 'ファンデーション', '香水']),
    ...each<ItemCategory>('food', ['食品', 'お菓子', 'コーヒー豆', '(?<!ー)紅茶', 'チョコレート', 'スナック']),
  ],
  gift: each<true>(true, ['プレゼント', 'ギフト(?!カード|券)', '贈り物', '贈答', '頂き物', 'いただき物', 'もらい物']),
};
