//! La tienda de demostración en español: un taller de bicis en Valencia.

use super::{Script, Trouble, TroubleKind, Turn, Words};
use crate::staff::StaffRole;

pub(super) const WORDS: Words = Words {
    staff: &[
        ("Lucía Fernández", StaffRole::Owner),
        ("Javier Romero", StaffRole::Lead),
        ("Carmen Ortiz", StaffRole::Staff),
        ("Hugo Navarro", StaffRole::Staff),
    ],
    first: &[
        "Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Leo", "María", "Daniel", "Paula", "Pablo", "Julia",
        "Álvaro", "Carmen", "Javier", "Elena", "Adrián", "Laura", "David", "Marta", "Sergio", "Ana",
        "Carlos", "Nerea", "Iker", "Irene", "Jorge", "Claudia", "Manuel", "Andrea", "Diego", "Noelia",
        "Rubén", "Fátima", "Youssef", "Rocío", "Raúl",
    ],
    last: &[
        "García",
        "Rodríguez",
        "González",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Alonso",
        "Gutiérrez",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Gil",
        "Serrano",
        "Molina",
        "Ortiz",
        "Castro",
        "Rubio",
        "El Amrani",
    ],
    phone,
    organisations: &[
        "Mensajeros a Pedal",
        "Repartos Hoja Verde",
        "Bici Pública del Puerto",
        "Colegio Santa María",
        "Hotel Ribera",
        "Cooperativa Bicicarga del Canal",
    ],
    segments: &["de paso", "habitual", "empresa", "club"],
    profile_notes: &[
        "Prefiere un mensaje a una llamada.",
        "Va al trabajo en bici todos los días; una bici de préstamo le salva el día.",
    ],
    contact_hours: &["", "entre semana después de las 17:00", "solo por la mañana", "a cualquier hora"],
    turnaround: &["", "el mismo día", "en dos días como mucho"],
    // The colour follows the bike, and every bike is a "bicicleta": feminine.
    colours: &["azul", "roja", "negra", "verde", "blanca", "plateada", "naranja"],
    bikes: &[
        "bicicleta de paseo",
        "bicicleta urbana",
        "bicicleta eléctrica",
        "bicicleta de carretera",
        "bicicleta de carga",
        "bicicleta de montaña",
        "bicicleta plegable",
    ],
    bike: |colour, bike| format!("{bike} {colour}"),
    scripts: SCRIPTS,
    expectations: &[
        (
            "Avisarme por mensaje cuando la bici esté lista",
            "Llamarme al trabajo",
            "Decírmelo enseguida y arreglarlo lo primero",
        ),
        (
            "Un presupuesto por escrito antes de tocar nada",
            "Montar piezas sin preguntarme antes",
            "Un descuento en la próxima revisión",
        ),
        (
            "Guardar las piezas viejas para que pueda verlas",
            "Quedarse la bici más tiempo de lo prometido",
            "Una bici de préstamo mientras tanto",
        ),
        (
            "Explicar con palabras sencillas qué fallaba",
            "Dejar mensajes en el buzón de voz; mejor un mensaje escrito",
            "Que me llame usted, no un compañero",
        ),
    ],
    promises: &[
        ("Llamar con el presupuesto", 24),
        ("Avisar por mensaje cuando llegue la pieza", 72),
        ("Tener la bici lista para recoger", 30),
        ("Enviar por correo la decisión de la garantía", 120),
    ],
    recovery: "Le pedimos disculpas, le dejamos una bici de préstamo y no le cobramos la mano de obra.",
    frame_serial: |serial| format!("Número de cuadro {serial}"),
    late: Trouble {
        note:
            "Pieza retrasada y nadie avisó al cliente, que se había tomado el día libre para recoger la bici.",
        complaint: Some("Bici no lista el día que prometimos"),
        changed: "Si una pieza se retrasa, ahora llamamos al cliente ese mismo día.",
    },
    warranty: Trouble {
        note: "El distribuidor lleva diez días sin responder a la reclamación de garantía.",
        complaint: None,
        changed: "Insistimos al distribuidor en cada garantía pasados cinco días laborables.",
    },
    comments: &[
        "Nadie me devolvió la llamada.",
        "Tardaron mucho más de lo que me dijeron.",
        "Bien al final, pero tuve que insistir.",
        "Buen trabajo, rápido y amable.",
        "Genial, como siempre. ¡Gracias!",
    ],
};

/// Números de Valencia, de tres en tres: móvil y fijo.
fn phone(kind: u64, index: u32, random: u64) -> String {
    let digits = format!("6{:04}{random:04}", 1000 + index);
    let (a, rest) = digits.split_at(3);
    let (b, c) = rest.split_at(3);
    match kind {
        0 => format!("+34 {a} {b} {c}"),
        1 => format!("{a} {b} {c}"),
        _ => format!("963 55 {:02} {:02}", index / 100 % 100, index % 100),
    }
}

const SCRIPTS: &[Script] = &[
    Script {
        subject: "Chirría el freno de la {bike}",
        turns: &[
            (Turn::Customer, "El freno delantero chirría cada vez que paro, y peor con lluvia. Empezó después de la última revisión."),
            (Turn::Reply, "Gracias por traerla. Revisaremos las pastillas y limpiaremos el disco; casi siempre es suciedad."),
            (Turn::Note, "Pastillas cristalizadas, aceite en el disco. Pastillas cambiadas, disco limpio, frenos asentados."),
            (Turn::Reply, "Listo, ya no chirría. Puede recogerla hoy antes de las 18:00."),
            (Turn::Visit, "Recogida. Le enseñamos cómo evitar que el aceite de la cadena llegue al disco."),
        ],
        trouble: None,
    },
    Script {
        subject: "Pinchazo en la rueda trasera de la {bike}",
        turns: &[
            (Turn::Customer, "Otra vez la rueda de atrás pinchada, la segunda este mes. Necesito la bici mañana para ir a trabajar."),
            (Turn::Note, "Seguía una espina en la cubierta. Cámara cambiada, cubierta gastada hasta la carcasa."),
            (Turn::CallOut, "Llamamos para proponer una cubierta antipinchazos nueva. Aceptó, 34,95 € con montaje."),
            (Turn::Reply, "Cubierta y cámara nuevas montadas; lista para recoger esta tarde."),
        ],
        trouble: None,
    },
    Script {
        subject: "La batería de la bici eléctrica no carga",
        turns: &[
            (Turn::CallIn, "La luz del cargador se pone verde enseguida, pero la batería se queda en una raya."),
            (Turn::Reply, "Tráiganos la batería y el cargador y probamos los dos. No hace falta traer la bici."),
            (Turn::Customer, "Los dejé esta mañana en el mostrador, con mi nombre en la bolsa."),
            (Turn::Note, "El cargador funciona bien. Celdas de la batería desequilibradas; hace falta diagnóstico del fabricante."),
            (Turn::Reply, "Hemos enviado la batería al fabricante para el diagnóstico. Calculan cinco días laborables; le llamamos en cuanto sepamos algo."),
        ],
        trouble: None,
    },
    Script {
        subject: "Saltan los cambios en la {bike}",
        turns: &[
            (Turn::Customer, "La cadena salta cuando pedaleo fuerte con los piñones pequeños."),
            (Turn::Reply, "Parece una cadena estirada o un cassette gastado. ¿Puede dejárnosla un día?"),
            (Turn::Customer, "Sí, mañana la llevo antes de ir a trabajar."),
            (Turn::Note, "Cadena con desgaste de 0,75, cassette bien. Cadena nueva, cambio ajustado."),
            (Turn::Reply, "Arreglado: cadena nueva y cambios ajustados. 29,50 € en total."),
        ],
        trouble: None,
    },
    Script {
        subject: "Revisión anual de la {bike}",
        turns: &[
            (Turn::CallIn, "Quería reservar la revisión anual; cualquier día de la semana que viene me va bien."),
            (Turn::Reply, "Reservado para el martes. Tráigala antes de las 10:00 y estará lista a las 17:00."),
            (Turn::Visit, "Bici entregada para la revisión."),
            (Turn::Note, "Revisión hecha. El eje de pedalier va algo duro; anotado en la orden de trabajo."),
        ],
        trouble: None,
    },
    Script {
        subject: "Centrar la rueda tras un golpe con un bordillo",
        turns: &[
            (Turn::Customer, "Me di con un bordillo y ahora la rueda delantera baila y roza con el freno."),
            (Turn::Reply, "Si no hay radios rotos, la centramos mientras espera. Pase cuando quiera."),
            (Turn::Visit, "Dos radios flojos, ninguno roto. Rueda centrada y tensada, 15 minutos."),
        ],
        trouble: None,
    },
    Script {
        subject: "Garantía: grieta junto al eje de pedalier",
        turns: &[
            (Turn::Customer, "He visto una grieta muy fina junto al eje de pedalier. El cuadro solo tiene 18 meses."),
            (Turn::Reply, "Por favor, no la use más. Tráigala con el tique de compra y le haremos fotos para la reclamación de garantía."),
            (Turn::Note, "Fotos y tique enviados al distribuidor, pendiente del número de reclamación."),
            (Turn::CallOut, "Le avisamos de que el distribuidor tarda hasta dos semanas en decidir."),
            (Turn::Customer, "¿Hay noticias de la garantía? Ya van diez días."),
        ],
        trouble: Some(TroubleKind::Warranty),
    },
    Script {
        subject: "Presupuesto de cadena y cassette nuevos",
        turns: &[
            (Turn::Customer, "¿Cuánto cuesta cambiar la cadena y el cassette de una bici de carretera de 11 velocidades?"),
            (Turn::Reply, "Entre 85 y 120 € con montaje, según el cassette. Tenemos el 11-32 en stock."),
            (Turn::Customer, "Perfecto, el 11-32, por favor. ¿Puedo llevarla el sábado?"),
            (Turn::Reply, "El sábado está bien, abrimos a las 9:00."),
        ],
        trouble: None,
    },
    Script {
        subject: "Montar una silla infantil en la {bike}",
        turns: &[
            (Turn::Visit, "Quiere una silla infantil detrás; el portabultos aguanta 25 kg, sin problema."),
            (Turn::Note, "Silla pedida al mayorista, llega el jueves."),
            (Turn::CallOut, "Ha llegado la silla; montaje reservado para el viernes a las 11:00."),
        ],
        trouble: None,
    },
    Script {
        subject: "Pedir un sillín de repuesto",
        turns: &[
            (Turn::Customer, "¿Pueden pedir el mismo sillín que el año pasado? Se ha rajado la funda."),
            (Turn::Reply, "Ese modelo ya no se fabrica; el nuevo es 5 mm más ancho. ¿Se lo pedimos?"),
        ],
        trouble: None,
    },
    Script {
        subject: "Bici no lista el día prometido",
        turns: &[
            (Turn::CallIn, "Me dijeron que mi bici estaría lista hoy y no lo está. Me he tomado el día libre para recogerla."),
            (Turn::Note, "Pieza retrasada en el mayorista; nadie llamó al cliente. Error nuestro."),
            (Turn::CallOut, "Le pedimos disculpas y le ofrecimos una bici de préstamo y la entrega gratis cuando llegue la pieza."),
            (Turn::Customer, "Gracias por la bici de préstamo. Mándenme un mensaje cuando la mía esté lista, por favor."),
        ],
        trouble: Some(TroubleKind::Late),
    },
    Script {
        subject: "Tique perdido de la reparación del mes pasado",
        turns: &[
            (Turn::Customer, "Necesito una copia del tique para el plan de bicis de empresa de mi trabajo."),
            (Turn::Reply, "Le enviamos una copia de la factura; el original está en nuestro sistema si necesitan confirmarlo."),
        ],
        trouble: None,
    },
];
