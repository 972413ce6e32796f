import type * as en from '../en/privacy-pages.ts';
import type { Localised } from '../catalogue.ts';

export const deleteCopy: Localised<typeof en.deleteCopy> = {
  title: 'Borrar todo',
  body: 'Esto quita todo lo que esta app guarda en este navegador: tus respuestas, tus notas de las llamadas, los datos de tu pareja o de tu terapeuta si los hay, y cómo elegiste guardar las respuestas. No se puede deshacer.',
  tip: 'Si puede que quieras tus respuestas más adelante, primero descárgalas desde la página de tu resumen.',
  confirm: 'Sí, borrar todo',
  cancel: 'No borrar nada',
  working: 'Borrando…',
  doneTitle: 'Se borró todo',
  doneBody: 'No queda nada de esta app en este navegador.',
  leftoverBody:
    'Borramos tus respuestas, pero otra pestaña de esta app todavía usa algunos datos guardados. Cierra las otras pestañas y vuelve a borrar.',
  leftoverRetry: 'Borrar otra vez',
  historyNote:
    'Puede que el historial de tu navegador todavía muestre que visitaste este sitio. La página “Navegar con seguridad” explica cómo borrarlo.',
  doneStart: 'Ir al inicio',
  stayingSafeLink: 'Navegar con seguridad',
};

export const unlockCopy: Localised<typeof en.unlockCopy> = {
  title: 'Escribe tu frase de contraseña',
  body: 'Tus respuestas guardadas están protegidas. Escribe tu frase de contraseña para abrirlas.',
  label: 'Frase de contraseña',
  showPassphrase: 'Mostrar la frase de contraseña',
  button: 'Abrir mis respuestas',
  working: 'Abriendo…',
  empty: 'Escribe tu frase de contraseña',
  wrong:
    'Esa frase de contraseña no abrió tus respuestas. Revisa si hay errores al escribir o si están activadas las mayúsculas (Bloq Mayús), y vuelve a intentarlo.',
  forgotHeading: '¿Olvidaste tu frase de contraseña?',
  forgotBody:
    'Nunca guardamos tu frase de contraseña, así que nadie puede recuperarla. Puedes olvidar estas respuestas y empezar de nuevo.',
  forget: 'Olvidar estas respuestas',
  forgetConfirm: 'Sí, olvidarlas y empezar de nuevo',
  forgetCancel: 'No, quiero intentarlo otra vez',
};

export const privacyPageCopy: Localised<typeof en.privacyPageCopy> = {
  title: 'Privacidad',
  lead: 'Tus respuestas son tuyas. Se quedan en este dispositivo, y tú decides por cuánto tiempo.',
  nowHeading: 'Cómo se guardan tus respuestas ahora',
  changeHeading: 'Cambiar cómo se guardan tus respuestas',
  whatHeading: 'Qué se guarda',
  what: [
    'Solo lo que escribes o eliges aquí: tus respuestas y cómo elegiste guardarlas.',
    'Si usas las partes para tu pareja o tu terapeuta, también los datos que escribas ahí.',
    'Ningún nombre, correo electrónico ni cuenta. Sin seguimiento, sin estadísticas de uso y sin cookies.',
  ],
  whereHeading: 'Dónde se guarda',
  where: [
    'Solo en este navegador, en este dispositivo. Nunca se envía nada a nosotros ni a nadie más.',
    'Solo en esta pestaña: en el espacio propio de la pestaña (sessionStorage).',
    'Guardar en este dispositivo: en el espacio de este navegador (localStorage), protegido si pones una frase de contraseña.',
    'No guardarlas: solo mientras esta página está abierta.',
  ],
  howLongHeading: 'Cuánto tiempo se guarda',
  howLong: [
    'Solo en esta pestaña: hasta que cierres la pestaña.',
    'Guardar en este dispositivo: hasta que pase el número de días que elegiste sin que vuelvas, o hasta que lo borres.',
    'No guardarlas: hasta que recargues o cierres la página.',
  ],
  deleteHeading: 'Borrarlo',
  deleteBody: 'Puedes borrar todo lo que esta app guarda en este navegador cuando quieras.',
  deleteLink: 'Borrar todo',
  safeHeading: 'Tu seguridad',
  safeBody:
    'El botón Salir, o presionar Mayús tres veces, te saca de este sitio al instante. Lee lo que puede ocultar y lo que no.',
  safeLink: 'Navegar con seguridad',
};

export const stayingSafeCopy: Localised<typeof en.stayingSafeCopy> = {
  title: 'Navegar con seguridad',
  lead: 'Si alguien podría revisar tu dispositivo, estos pasos pueden ayudarte a que tu visita siga siendo privada.',
  sections: [
    {
      heading: 'Salir rápido',
      body: [
        'Usa el botón Salir, arriba en cada página, o presiona la tecla Mayús (Shift) tres veces. La página se queda en blanco al instante y se abre un sitio del clima.',
        'Si no elegiste guardar tus respuestas en este dispositivo, al salir también se borran.',
        'Si las guardaste en este dispositivo, se quedan cerradas después de salir. El sitio se abre en su página de inicio, y tus respuestas solo vuelven a aparecer cuando alguien elige “Continuar donde lo dejaste”. Cualquier persona que use este dispositivo podría elegirlo, así que pon una frase de contraseña si eso te preocupa.',
        'Al salir, este sitio también se cierra en cualquier otra pestaña donde esté abierto.',
      ],
    },
    {
      heading: 'Lo que la salida rápida no puede hacer',
      body: [
        'No puede borrar el historial de tu navegador. Alguien podría ver de todos modos que visitaste este sitio, y el botón Atrás podría traer a esa persona hasta aquí.',
        'No puede ocultar este sitio a alguien que mire tu pantalla, ni a programas instalados en tu dispositivo.',
      ],
    },
    {
      heading: 'Usa la navegación privada',
      body: [
        'Una ventana privada (se llama “Incógnito” en Chrome, “Privada” en Safari y Firefox, “InPrivate” en Edge) no guarda el historial una vez que la cierras.',
        'Cierra todas las ventanas privadas cuando termines.',
      ],
    },
    {
      heading: 'Borra tu historial',
      body: [
        'La mayoría de los navegadores pueden borrar el historial desde su configuración, muchas veces en “Historial” o “Privacidad”. Puedes borrar solo este sitio, o solo la última hora.',
        'Borrar todo tu historial de una vez puede parecerle raro a alguien que lo revise. Quitar solo este sitio puede ser más seguro.',
      ],
    },
    {
      heading: 'Otras cosas que tener en cuenta',
      body: [
        'Si puedes, usa un dispositivo que solo uses tú, o uno público, como el de una biblioteca.',
        'Las cuentas compartidas pueden sincronizar el historial con otros dispositivos. Lo mismo pasa con un teléfono conectado a una computadora.',
        'Si guardas o imprimes tus respuestas, deja el archivo o el papel en un lugar seguro.',
      ],
    },
  ],
  helpLink: '¿Necesitas ayuda ahora? Busca servicios de apoyo',
  deleteLink: 'Borrar todo lo que guarda esta app',
};
