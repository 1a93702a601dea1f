/**
 * The prompt corpus both adapter benches measure their input bounds on (English, code, CJK
 * and JSON), so the OpenAI and Anthropic estimates are compared on the same texts.
 */
export const ENGLISH = [
  'Budgets make spending a hard limit: every call is priced before it is sent and charged after.',
  'The committee reviewed the quarterly figures, noting that freight costs rose while demand for spare parts stayed flat through the winter months.',
  'When the river flooded, the villagers moved their grain to the church loft and waited, counting sacks by lamplight, for the water to fall.',
  'Please summarise the attached incident report in three bullet points, naming the root cause, the customer impact and the follow-up actions.',
];
const CODE = [
  'export function median(values: number[]): number {\n  const sorted = [...values].sort((a, b) => a - b);\n  return sorted[Math.floor(sorted.length / 2)];\n}',
  'def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\nprint([fib(i) for i in range(20)])',
  "SELECT customer_id, SUM(amount) AS total\nFROM payments\nWHERE paid_at >= NOW() - INTERVAL '30 days'\nGROUP BY customer_id\nHAVING SUM(amount) > 1000\nORDER BY total DESC;",
  // Code that itself uses template strings.
  [
    'for (let i = 0; i < rows.length; i++) { if (rows[i].status !== "ok") {',
    ' console.error(`row $',
    '{i}: $',
    '{rows[i].status}`); failures++; } }',
  ].join(''),
];
const CJK = [
  '東京は日本の首都であり、世界で最も人口の多い都市圏の一つです。交通網が非常に発達しています。',
  '人工智能正在改变我们的工作方式，从自动翻译到医学影像分析，应用范围越来越广泛。',
  '서울은 대한민국의 수도이며 경제와 문화의 중심지입니다. 한강이 도시를 가로질러 흐릅니다.',
  '请根据以下会议记录，整理出三条主要结论和两项后续行动，并注明负责人和截止日期。',
];
const JSON_SAMPLES = [
  JSON.stringify({
    id: 'ord_1042',
    items: [
      { sku: 'A-17', qty: 2, price: '19.99' },
      { sku: 'B-02', qty: 1, price: '5.00' },
    ],
    paid: true,
  }),
  JSON.stringify({
    user: { name: 'Ada', roles: ['admin', 'billing'], limits: { daily: 50, monthly: 900 } },
    active: true,
  }),
  JSON.stringify(
    Array.from({ length: 12 }, (_, i) => ({
      t: 1_700_000_000 + i * 60,
      v: Math.round(Math.sin(i) * 1000) / 10,
    })),
  ),
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [2.35, 48.85] },
        properties: { name: 'Paris' },
      },
    ],
  }),
];
export const CORPUS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['English', ENGLISH],
  ['code', CODE],
  ['CJK', CJK],
  ['JSON', JSON_SAMPLES],
];
