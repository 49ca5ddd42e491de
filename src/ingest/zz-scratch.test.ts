import { it } from "vitest";
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.js';
it("x", () => {
const ru = 'Вчера в Душанбе прошла встреча министров. Они обсудили положение на границе с Афганистаном и договорились о новых мерах.';
const fr = 'Le café était très bon, et la crème brûlée à côté du théâtre aussi. Ça coûte cher.';
const de = 'Die Straße über dem Fluß war für Fußgänger gesperrt.';
for (const [s, e] of [[ru,'windows-1251'],[ru,'koi8-r'],[fr,'latin1'],[fr,'windows-1252'],[de,'latin1'],['Привет','windows-1251'],['Привет','koi8-r'],['café', 'latin1'], ['Иван сказал «да».','koi8-r']] as const) {
  const r = decodeBytes(iconv.encode(s, e)); console.log(e, JSON.stringify(r).slice(0,120));
}
const rnd = Buffer.alloc(300); for (let i=0;i<300;i++) rnd[i] = i%7===0?32:128+Math.floor(Math.random()*128);
console.log(JSON.stringify(decodeBytes(rnd)).slice(0,100));
});
