/**
 * The words of the offline questionnaire (workbook and printable form) that libs/exports' labels do not have, in the
 * six UN languages. Codes (statuses, assistance types, workflow states) and the common frame words (reference,
 * status, narrative, …) come from `labels()` of #exports, so they are worded in one place.
 */
import type { DocLanguage } from '#exports';

export interface WorkbookWords {
  questionnaireSheet: string;
  instructionsSheet: string;
  title: string;
  recommendation: string;
  challenges: string;
  assistanceDetails: string;
  measures: string;
  evidence: string;
  instructions: string[];
  currentAnswer: string;
  yourAnswer: string;
  formTitle: string;
  formNote: string;
  field: string;
  tickOne: string;
}

const EN: WorkbookWords = {
  questionnaireSheet: 'Questionnaire',
  instructionsSheet: 'Instructions',
  title: 'Questionnaire of {state}: {cycle}',
  recommendation: 'Recommendation',
  challenges: 'Challenges',
  assistanceDetails: 'Assistance details',
  measures: 'Measures (read only)',
  evidence: 'Evidence links (read only)',
  instructions: [
    'One row per recommendation. Fill in the white columns: status, narrative, challenges, assistance needed, type of assistance and its details.',
    'Choose the status, "assistance needed" and the type of assistance from the drop-down lists of their cells.',
    '"Not applicable" needs a justification in the narrative.',
    'Do not add, remove or rename sheets, do not type formulas, and leave the hidden columns as they are: they identify each answer and its version.',
    'Measures and evidence links are shown for reference only; change them online.',
    'Upload the filled workbook on the "Offline questionnaire" page: you will see what will change before anything is saved. If someone saved an answer online after this download, that row is shown as a conflict: download the questionnaire again.',
  ],
  currentAnswer: 'Current answer',
  yourAnswer: 'Your answer',
  formTitle: 'Questionnaire form of {state}: {cycle}',
  formNote: 'Write your answers in the boxes, then enter them online or in the workbook.',
  field: 'Field',
  tickOne: 'tick one',
};

const FR: WorkbookWords = {
  questionnaireSheet: 'Questionnaire',
  instructionsSheet: 'Instructions',
  title: 'Questionnaire de {state} : {cycle}',
  recommendation: 'Recommandation',
  challenges: 'Difficultés',
  assistanceDetails: 'Précisions sur l’assistance',
  measures: 'Mesures (lecture seule)',
  evidence: 'Liens vers les justificatifs (lecture seule)',
  instructions: [
    'Une ligne par recommandation. Remplissez les colonnes blanches : état, exposé, difficultés, besoin d’assistance, type d’assistance et précisions.',
    'Choisissez l’état, le besoin d’assistance et le type d’assistance dans les listes déroulantes de leurs cellules.',
    '« Sans objet » doit être justifié dans l’exposé.',
    'N’ajoutez, ne supprimez ni ne renommez aucune feuille, ne saisissez pas de formule et laissez les colonnes masquées telles quelles : elles identifient chaque réponse et sa version.',
    'Les mesures et les liens vers les justificatifs sont donnés pour information ; modifiez-les en ligne.',
    'Téléversez le classeur rempli sur la page « Questionnaire hors ligne » : vous verrez ce qui changera avant tout enregistrement. Si quelqu’un a enregistré une réponse en ligne après ce téléchargement, la ligne apparaît en conflit : téléchargez de nouveau le questionnaire.',
  ],
  currentAnswer: 'Réponse actuelle',
  yourAnswer: 'Votre réponse',
  formTitle: 'Formulaire du questionnaire de {state} : {cycle}',
  formNote: 'Écrivez vos réponses dans les cases, puis saisissez-les en ligne ou dans le classeur.',
  field: 'Champ',
  tickOne: 'cochez une case',
};

const ES: WorkbookWords = {
  questionnaireSheet: 'Cuestionario',
  instructionsSheet: 'Instrucciones',
  title: 'Cuestionario de {state}: {cycle}',
  recommendation: 'Recomendación',
  challenges: 'Dificultades',
  assistanceDetails: 'Detalles de la asistencia',
  measures: 'Medidas (solo lectura)',
  evidence: 'Enlaces a pruebas (solo lectura)',
  instructions: [
    'Una fila por recomendación. Rellene las columnas blancas: estado, exposición, dificultades, asistencia necesaria, tipo de asistencia y sus detalles.',
    'Elija el estado, la asistencia necesaria y el tipo de asistencia en las listas desplegables de sus celdas.',
    '«No aplicable» debe justificarse en la exposición.',
    'No añada, elimine ni cambie el nombre de las hojas, no escriba fórmulas y deje las columnas ocultas como están: identifican cada respuesta y su versión.',
    'Las medidas y los enlaces a pruebas se muestran solo como referencia; modifíquelos en línea.',
    'Cargue el libro rellenado en la página «Cuestionario sin conexión»: verá lo que cambiará antes de que se guarde nada. Si alguien guardó una respuesta en línea después de esta descarga, la fila aparece como conflicto: descargue de nuevo el cuestionario.',
  ],
  currentAnswer: 'Respuesta actual',
  yourAnswer: 'Su respuesta',
  formTitle: 'Formulario del cuestionario de {state}: {cycle}',
  formNote: 'Escriba sus respuestas en los recuadros y luego introdúzcalas en línea o en el libro.',
  field: 'Campo',
  tickOne: 'marque una opción',
};

const RU: WorkbookWords = {
  questionnaireSheet: 'Вопросник',
  instructionsSheet: 'Инструкции',
  title: 'Вопросник: {state}, {cycle}',
  recommendation: 'Рекомендация',
  challenges: 'Трудности',
  assistanceDetails: 'Подробности о помощи',
  measures: 'Меры (только чтение)',
  evidence: 'Ссылки на подтверждения (только чтение)',
  instructions: [
    'Одна строка на рекомендацию. Заполните белые столбцы: статус, описание, трудности, потребность в помощи, вид помощи и подробности.',
    'Статус, потребность в помощи и вид помощи выбирайте из раскрывающихся списков в ячейках.',
    'Статус «Неприменимо» требует обоснования в описании.',
    'Не добавляйте, не удаляйте и не переименовывайте листы, не вводите формулы и не меняйте скрытые столбцы: они определяют каждый ответ и его версию.',
    'Меры и ссылки на подтверждения показаны для справки; изменяйте их в системе.',
    'Загрузите заполненную книгу на странице «Вопросник офлайн»: перед сохранением вы увидите, что изменится. Если кто-то сохранил ответ в системе после этой выгрузки, строка будет отмечена как конфликт: выгрузите вопросник заново.',
  ],
  currentAnswer: 'Текущий ответ',
  yourAnswer: 'Ваш ответ',
  formTitle: 'Бланк вопросника: {state}, {cycle}',
  formNote: 'Впишите ответы в поля, затем введите их в системе или в книге.',
  field: 'Поле',
  tickOne: 'отметьте один вариант',
};

const ZH: WorkbookWords = {
  questionnaireSheet: '调查表',
  instructionsSheet: '说明',
  title: '{state}调查表：{cycle}',
  recommendation: '建议',
  challenges: '困难',
  assistanceDetails: '援助详情',
  measures: '措施（只读）',
  evidence: '证据链接（只读）',
  instructions: [
    '每项建议一行。请填写白色各列：状况、说明、困难、是否需要援助、援助类型及详情。',
    '状况、是否需要援助和援助类型请从单元格的下拉列表中选择。',
    '“不适用”须在说明中给出理由。',
    '请勿添加、删除或重命名工作表，请勿输入公式，并保持隐藏列不变：它们标识每项答复及其版本。',
    '措施和证据链接仅供参考；请在线修改。',
    '在“离线调查表”页面上传填好的工作簿：保存之前会显示将要更改的内容。如在本次下载后有人在线保存了答复，该行将显示为冲突：请重新下载调查表。',
  ],
  currentAnswer: '当前答复',
  yourAnswer: '您的答复',
  formTitle: '{state}调查表表格：{cycle}',
  formNote: '请在方框中填写答复，然后在线或在工作簿中录入。',
  field: '字段',
  tickOne: '选择一项',
};

const AR: WorkbookWords = {
  questionnaireSheet: 'الاستبيان',
  instructionsSheet: 'التعليمات',
  title: 'استبيان {state}: {cycle}',
  recommendation: 'التوصية',
  challenges: 'التحديات',
  assistanceDetails: 'تفاصيل المساعدة',
  measures: 'التدابير (للقراءة فقط)',
  evidence: 'روابط الأدلة (للقراءة فقط)',
  instructions: [
    'صف واحد لكل توصية. املأ الأعمدة البيضاء: الحالة والسرد والتحديات والحاجة إلى المساعدة ونوع المساعدة وتفاصيلها.',
    'اختر الحالة والحاجة إلى المساعدة ونوع المساعدة من القوائم المنسدلة في خلاياها.',
    'تتطلب حالة «غير منطبق» تبريرًا في السرد.',
    'لا تُضف أوراقًا ولا تحذفها ولا تغيّر أسماءها، ولا تكتب صيغًا، واترك الأعمدة المخفية كما هي: فهي تحدد كل إجابة وإصدارها.',
    'تُعرض التدابير وروابط الأدلة للاطلاع فقط؛ عدّلها عبر الإنترنت.',
    'حمّل المصنف المملوء في صفحة «الاستبيان دون اتصال»: سترى ما سيتغير قبل حفظ أي شيء. وإذا حفظ أحد إجابة عبر الإنترنت بعد هذا التنزيل، يظهر الصف متعارضًا: نزّل الاستبيان مرة أخرى.',
  ],
  currentAnswer: 'الإجابة الحالية',
  yourAnswer: 'إجابتك',
  formTitle: 'نموذج استبيان {state}: {cycle}',
  formNote: 'اكتب إجاباتك في الخانات، ثم أدخلها عبر الإنترنت أو في المصنف.',
  field: 'الحقل',
  tickOne: 'اختر واحدًا',
};

const ALL: Record<DocLanguage, WorkbookWords> = { en: EN, fr: FR, es: ES, ru: RU, zh: ZH, ar: AR };

export const workbookWords = (lang: DocLanguage): WorkbookWords => ALL[lang];

export const fill = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
