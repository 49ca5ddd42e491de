import { describe, expect, it } from 'vitest';
import { detectLanguage, toIso1 } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The border guards closed the crossing on Monday after reports of gunfire near the river, officials said in a statement.'],
    ['ru', 'Пограничники закрыли переход в понедельник после сообщений о стрельбе у реки, говорится в заявлении ведомства.'],
    ['tg', 'Сарҳадбонон рӯзи душанбе гузаргоҳро пас аз хабарҳо дар бораи тирпарронӣ дар наздикии дарё бастанд, гуфта шудааст.'],
    ['de', 'Die Grenzbeamten schlossen den Übergang am Montag, nachdem Schüsse in der Nähe des Flusses gemeldet worden waren.'],
    ['fr', 'Les gardes-frontières ont fermé le passage lundi après des informations faisant état de tirs près de la rivière.'],
    ['es', 'Los guardias fronterizos cerraron el paso el lunes tras informes de disparos cerca del río, según un comunicado.'],
    ['tr', 'Sınır muhafızları, nehir yakınında silah sesleri duyulduğuna dair haberlerin ardından pazartesi günü geçişi kapattı.'],
    ['fa', 'مرزبانان روز دوشنبه پس از گزارش تیراندازی در نزدیکی رودخانه گذرگاه را بستند و این موضوع را در بیانیه‌ای اعلام کردند.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('keeps a German text with an English quotation German, and an English list with few function words English', () => {
    const german = 'Der Sprecher des Grenzschutzes sagte am Montag auf Englisch „the border is closed“, nachdem in der Nähe des Flusses Schüsse gemeldet worden waren und die Behörden den Übergang für alle Fahrzeuge gesperrt hatten.';
    expect(detectLanguage(german)).toBe('de');
    const list = 'Border crossings closed: Ishkashim, Khorog, Darvaz, Panj. Markets shut in Kulob and Vahdat. Flights cancelled Tuesday. Schools open Thursday. Roads blocked near Rushan, Vanj and Murghab districts.';
    expect(detectLanguage(list)).toBe('en');
  });

  it.each([
    ['short Latin text', 'Border closed.', 'und'],
    ['short Russian text', 'Граница закрыта.', 'ru'],
    ['short Tajik text', 'Сарҳад баста шуд.', 'tg'],
    ['short Pashto text', 'پوله وتړل شوه', 'ps'],
    ['short Chinese text', '边境已关闭。', 'zh'],
    ['no letters', '12345 ... 678', 'und'],
  ])('%s → %s', (_name, text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ['eng', 'en'],
    ['pbu', 'ps'],
    ['uzn', 'uz'],
    ['cmn', 'zh'],
    ['xyz', 'xyz'],
  ])('maps %s to %s', (code, iso1) => {
    expect(toIso1(code)).toBe(iso1);
  });
});
