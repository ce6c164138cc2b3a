import { UI_LANGUAGES, type UiLanguage } from '#contracts';

/** The reminder a focal point receives, in its own interface language (subject and plain-text body). */
export interface ReminderMessage {
  language: UiLanguage;
  subject: string;
  text: string;
}

type Template = { subject: (cycle: string, date: string) => string; text: (cycle: string, date: string) => string };

const TEMPLATES: Record<UiLanguage, Template> = {
  en: {
    subject: (c, d) => `Reminder: "${c}" closes on ${d}`,
    text: (c, d) =>
      `This is a reminder from the UNODC secretariat: the reporting cycle "${c}" closes on ${d}.\n\n` +
      `Please submit your State's reports on the implementation of the Working Group's recommendations before then. ` +
      `Reports already submitted are being reviewed; drafts are not seen by the secretariat until they are submitted.`,
  },
  fr: {
    subject: (c, d) => `Rappel : « ${c} » se termine le ${d}`,
    text: (c, d) =>
      `Le secrétariat de l'ONUDC vous rappelle que le cycle de rapports « ${c} » se termine le ${d}.\n\n` +
      `Veuillez soumettre d'ici là les rapports de votre État sur la mise en œuvre des recommandations du Groupe de travail. ` +
      `Les rapports déjà soumis sont en cours d'examen ; le secrétariat ne voit pas les brouillons tant qu'ils ne sont pas soumis.`,
  },
  es: {
    subject: (c, d) => `Recordatorio: «${c}» se cierra el ${d}`,
    text: (c, d) =>
      `La secretaría de la UNODC le recuerda que el ciclo de presentación de informes «${c}» se cierra el ${d}.\n\n` +
      `Le rogamos que presente antes de esa fecha los informes de su Estado sobre la aplicación de las recomendaciones del Grupo de Trabajo. ` +
      `Los informes ya presentados se están examinando; la secretaría no ve los borradores hasta que se presentan.`,
  },
  ru: {
    subject: (c, d) => `Напоминание: цикл «${c}» закрывается ${d}`,
    text: (c, d) =>
      `Секретариат ЮНОДК напоминает, что цикл представления докладов «${c}» закрывается ${d}.\n\n` +
      `Просим до этой даты представить доклады вашего государства об осуществлении рекомендаций Рабочей группы. ` +
      `Уже представленные доклады рассматриваются; черновики секретариат не видит, пока они не представлены.`,
  },
  zh: {
    subject: (c, d) => `提醒：“${c}”将于${d}截止`,
    text: (c, d) =>
      `毒品和犯罪问题办公室秘书处提醒您：报告周期“${c}”将于${d}截止。\n\n` +
      `请在此之前提交贵国关于落实工作组建议情况的报告。已提交的报告正在审查中；草稿在提交之前秘书处无法看到。`,
  },
  ar: {
    subject: (c, d) => `تذكير: تنتهي دورة "${c}" في ${d}`,
    text: (c, d) =>
      `تذكّركم أمانة مكتب الأمم المتحدة المعني بالمخدرات والجريمة بأن دورة الإبلاغ "${c}" تنتهي في ${d}.\n\n` +
      `يُرجى تقديم تقارير دولتكم عن تنفيذ توصيات الفريق العامل قبل ذلك التاريخ. ` +
      `التقارير المقدَّمة بالفعل قيد الاستعراض؛ ولا تطّلع الأمانة على المسودات إلى أن تُقدَّم.`,
  },
};

const asLanguage = (value: string | null | undefined): UiLanguage => (UI_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as UiLanguage) : 'en';

/** The closing day ("30 April 2026") in the language, read as a calendar day (no time-zone shift). */
export function reminderDate(day: string, language: string): string {
  return new Intl.DateTimeFormat(asLanguage(language), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function reminderMessage(cycleName: string, closesOn: string, language: string): ReminderMessage {
  const lang = asLanguage(language);
  const date = reminderDate(closesOn, lang);
  return { language: lang, subject: TEMPLATES[lang].subject(cycleName, date).slice(0, 300), text: TEMPLATES[lang].text(cycleName, date) };
}
